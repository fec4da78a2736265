// The viewer's table view for office attachments (.xlsx/.xls/.et workbooks, .docx): open a URL or
// a local file, read and check it, draw its tables as HTML and mark them with the same findings
// panel, boxes and card as a page (components/page/PageOverlay over the HTML surface).
// Every failure is one data-bl-state (lib/extract/errors codes: not-spreadsheet, password,
// corrupt, too-large, legacy-doc, not-disclosure; download-failed).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MarkSettings } from '../../lib/page/markers';
import { SaveButton } from '../library/SaveButton';
import { PageOverlay } from '../page/PageOverlay';
import { checkOffice, fetchOfficeBytes, type OfficeCheck } from './loadOfficeInViewer';
import { stateOfError, type ViewerState } from './loadPdfInViewer';
import { officeKindOf, officeKindOfBytes, VIEWER_ACCEPT } from './officeKind';
import { viewerInspectionSheet } from './viewerInspectionSheet';

type Phase =
  | { phase: 'loading'; source: string }
  | { phase: 'failed'; source: string; state: ViewerState; message: string }
  | { phase: 'checked'; source: string; check: OfficeCheck };

/** A URL, a local file, or the bytes the PDF view fetched and found to be an office file. */
export type OfficeSource = { url: string } | { file: File } | { bytes: Uint8Array; name: string };

export interface OfficeViewerProps {
  source: OfficeSource;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  /** A picked or dropped file: the app decides which view opens it. */
  onFile: (file: File) => void;
}

const copyFromViewer = (text: string) => navigator.clipboard.writeText(text).then(() => true);

export function OfficeViewer({ source, settings, onSettings, onFile }: OfficeViewerProps) {
  const name = 'url' in source ? source.url : 'file' in source ? source.file.name : source.name;
  const [phase, setPhase] = useState<Phase>({ phase: 'loading', source: name });
  const docRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<OfficeCheck | null>(null);

  useEffect(() => {
    let live = true;
    setPhase({ phase: 'loading', source: name });
    setMounted(null);
    void (async () => {
      try {
        const bytes = 'url' in source ? await fetchOfficeBytes(source.url) : 'file' in source ? new Uint8Array(await source.file.arrayBuffer()) : source.bytes;
        // The bytes decide when they can (a .xls that is really .xlsx), else the name.
        const kind = officeKindOfBytes(bytes) ?? officeKindOf(name) ?? 'sheet';
        const check = await checkOffice(kind, bytes, name);
        if (live) setPhase({ phase: 'checked', source: name, check });
      } catch (e) {
        if (live) setPhase({ phase: 'failed', source: name, ...stateOfError(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [source]);

  // The drawn document goes in first; the marks measure it once it is in the page.
  useEffect(() => {
    const box = docRef.current;
    if (!box || phase.phase !== 'checked') return;
    box.replaceChildren(phase.check.root);
    setMounted(phase.check);
  }, [phase]);

  const state: ViewerState = phase.phase === 'loading' ? 'loading' : phase.phase === 'failed' ? phase.state : mounted ? 'checked' : 'checking';
  const report = phase.phase === 'checked' ? phase.check.report : null;

  return (
    <div
      class="bl-viewer bl-office"
      data-bl-state={state}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const f = e.dataTransfer?.files[0];
        if (f) onFile(f);
      }}
    >
      <header class="bl-toolbar">
        <strong>预算透镜 · 表格核查</strong>
        <label class="bl-file">
          打开本地文件 <input type="file" accept={VIEWER_ACCEPT} onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) onFile(f);
          }} />
        </label>
        {report && <SaveButton report={report} url={name} />}
        <span class="bl-source">{name}</span>
      </header>
      {phase.phase === 'loading' && (
        <div class="bl-progress" role="status">
          <progress max={1} /> 正在下载、读取和核查…
        </div>
      )}
      {phase.phase === 'failed' && (
        <p class="bl-error" role="alert" data-bl-problem={phase.state}>
          {phase.message}
        </p>
      )}
      <div class="bl-office-body" ref={hostRef}>
        <div class="bl-office-doc" ref={docRef} />
        {mounted && hostRef.current && (
        <PageOverlay
          report={mounted.report}
          anchors={mounted.anchors}
          host={hostRef.current}
          root={document}
          page={{ title: mounted.report.title ?? name, url: name }}
          settings={settings}
          onSettings={onSettings}
          pdfLinks={[]}
          onOpenPdf={() => {}}
          copy={copyFromViewer}
          onSheet={() => viewerInspectionSheet(mounted.report)}
        />
        )}
      </div>
    </div>
  );
}
