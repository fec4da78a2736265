// The viewer: open a URL or a local file, show the PDF at once (pdf.js canvas + text layer,
// virtualised pages, zoom, page navigation), check it with a progress bar, then draw the shared
// findings panel, boxes and card (components/surface) over the PDF's cells through its Surface.
// Every failure is one data-bl-state.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { marksByPage, refRect, type PageMark } from '../../lib/anchor/pdfMarks';
import { pdfSurface } from '../../lib/anchor/pdfSurface';
import type { Box } from '../../lib/page/boxTracker';
import { markedRefIndex, type MarkSettings } from '../../lib/page/markers';
import { SaveButton } from '../library/SaveButton';
import { FindingsUi } from '../surface/FindingsUi';
import { onceAFrame } from '../surface/onceAFrame';
import { useFindingsController, useFindingsModel } from '../surface/useFindings';
import { checkPdf, fetchPdfBytes, openPdf, stateOfError, type PdfCheck, type ViewerState } from './loadPdfInViewer';
import { officeKindOf, officeKindOfBytes, VIEWER_ACCEPT } from './officeKind';
import { PdfPages, type PageMarks } from './PdfPages';
import { createProgress, type Progress } from './progress';
import { viewerInspectionSheet } from './viewerInspectionSheet';

type Phase =
  | { phase: 'idle' }
  | { phase: 'loading'; source: string }
  | { phase: 'failed'; source: string; state: ViewerState; message: string }
  | { phase: 'open'; source: string; pdf: PDFDocumentProxy; progress: Progress; check: PdfCheck | null; problem: { state: ViewerState; message: string } | null };

export interface ViewerProps {
  initialUrl: string | null;
  assetsBase: string;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  /** A PDF picked or dropped in the table view, to open here. */
  initialFile?: File | null;
  /** A workbook or Word file picked or dropped here: the table view opens it. */
  onOfficeFile?: (file: File) => void;
  /** A download whose bytes turn out to be a workbook or Word file (a link that names no type). */
  onOfficeBytes?: (source: string, bytes: Uint8Array) => void;
}

function ProgressBar({ progress }: { progress: Progress }) {
  const [value, setValue] = useState(progress.get());
  useEffect(() => progress.subscribe(setValue), [progress]);
  return <progress max={1} value={value} />;
}

const pageElement = (n: number) => document.querySelector(`.bl-page[data-page="${n}"]`);
const pageAt = (x: number, y: number): number | null => {
  const el = document.elementsFromPoint(x, y).find((e) => e.classList.contains('bl-page'));
  return el ? Number(el.getAttribute('data-page')) : null;
};
const copyFromViewer = (text: string) => navigator.clipboard.writeText(text).then(() => true);

export function PdfViewer({ initialUrl, assetsBase, settings, onSettings, initialFile, onOfficeFile, onOfficeBytes }: ViewerProps) {
  const [phase, setPhase] = useState<Phase>({ phase: 'idle' });
  const [scale, setScale] = useState(1.3);
  const [pageInput, setPageInput] = useState('1');
  const timing = useRef<{ t0: number; firstPage: number | null }>({ t0: 0, firstPage: null });

  const open = async (source: string, getBytes: () => Promise<Uint8Array>) => {
    timing.current = { t0: performance.now(), firstPage: null };
    setPhase({ phase: 'loading', source });
    let pdf: PDFDocumentProxy;
    try {
      const bytes = await getBytes();
      if (onOfficeBytes && officeKindOfBytes(bytes)) return onOfficeBytes(source, bytes);
      pdf = await openPdf(bytes, assetsBase);
    } catch (e) {
      setPhase({ phase: 'failed', source, ...stateOfError(e) });
      return;
    }
    const progress = createProgress();
    setPhase({ phase: 'open', source, pdf, progress, check: null, problem: null });
    try {
      const check = await checkPdf(pdf, source, (p) => progress.set(p));
      document.documentElement.dataset.blCheckedMs = (performance.now() - timing.current.t0).toFixed(0);
      setPhase((p) => (p.phase === 'open' && p.pdf === pdf ? { ...p, check } : p));
    } catch (e) {
      const problem = stateOfError(e);
      setPhase((p) => (p.phase === 'open' && p.pdf === pdf ? { ...p, problem } : p));
    }
  };

  useEffect(() => {
    if (initialUrl) void open(initialUrl, () => fetchPdfBytes(initialUrl));
  }, [initialUrl]);

  const onFile = (file: File | null | undefined) => {
    if (!file) return;
    if (onOfficeFile && officeKindOf(file.name)) return onOfficeFile(file);
    void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };
  useEffect(() => onFile(initialFile), [initialFile]);

  const check = phase.phase === 'open' ? phase.check : null;
  const report = check?.report ?? null;
  const model = useFindingsModel(report, settings);
  const pages = useMemo(() => new Map((check?.pageInfo ?? []).map((p) => [p.page, p])), [check]);
  const marksOnPage = useMemo(() => (check ? marksByPage(model.marks, check.report.narrative, check.anchors, check.pageInfo) : new Map<number, PageMark[]>()), [model, check]);
  const boxesOnPage = useMemo(() => {
    const out = new Map<number, ReadonlyMap<string, Box>>();
    for (const [n, list] of marksOnPage) out.set(n, new Map(list.map((m) => [m.mark.key, m.rect])));
    return out;
  }, [marksOnPage]);

  const surface = pdfSurface({ pageElement, pageAt, scale, narrative: report?.narrative, anchors: check?.anchors ?? null, pages, marksOnPage: boxesOnPage });
  const c = useFindingsController(model, surface, () => true);
  const active = c.active();

  // Marks per page (stable while the marks are), with the active finding's operands on their pages.
  const plain = useMemo(() => new Map<number, PageMarks>([...marksOnPage].map(([n, marks]) => [n, { marks, operands: [] }])), [marksOnPage]);
  const byPage = useMemo(() => {
    if (!active || !check) return plain;
    const out = new Map(plain);
    active.finding.refs.forEach((r, i) => {
      if (i === markedRefIndex(active.finding)) return;
      const at = refRect(r, check.report.narrative, check.anchors, pages);
      if (!at) return;
      const cur = out.get(at.page) ?? { marks: [], operands: [] };
      out.set(at.page, { marks: cur.marks, operands: [...cur.operands, { key: String(i), rect: at.rect }] });
    });
    return out;
  }, [plain, active?.finding.id, check, pages]);

  // The page number follows the page at the middle of the window (once a frame at most).
  useEffect(() => {
    const onScroll = onceAFrame(() => {
      const n = pageAt(window.innerWidth / 3, window.innerHeight / 2);
      if (n && document.activeElement?.getAttribute('aria-label') !== '页码') setPageInput(String(n));
    });
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  const goToPage = (n: number) => {
    if (phase.phase !== 'open') return;
    const p = Math.max(1, Math.min(phase.pdf.numPages, n));
    setPageInput(String(p));
    pageElement(p)?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  };

  const onRendered = useCallback((n: number) => {
    if (n === 1 && timing.current.firstPage === null) {
      timing.current.firstPage = performance.now() - timing.current.t0;
      document.documentElement.dataset.blFirstPageMs = timing.current.firstPage.toFixed(0);
    }
  }, []);

  const state: ViewerState =
    phase.phase === 'idle' ? 'idle' : phase.phase === 'loading' ? 'loading' : phase.phase === 'failed' ? phase.state : phase.problem ? phase.problem.state : phase.check ? 'checked' : 'checking';

  return (
    <div
      class="bl-viewer"
      data-bl-state={state}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onFile(e.dataTransfer?.files[0]);
      }}
    >
      <header class="bl-toolbar">
        <strong>预算透镜 · PDF 核查</strong>
        <label class="bl-file">
          打开本地文件 <input type="file" accept={VIEWER_ACCEPT} onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" onClick={() => setScale((s) => Math.max(0.5, +(s - 0.2).toFixed(1)))} aria-label="缩小">
          －
        </button>
        <span data-bl-zoom="">{Math.round(scale * 100)}%</span>
        <button type="button" onClick={() => setScale((s) => Math.min(3, +(s + 0.2).toFixed(1)))} aria-label="放大">
          ＋
        </button>
        {phase.phase === 'open' && (
          <span class="bl-pagenav">
            <button type="button" aria-label="上一页" onClick={() => goToPage(Number(pageInput) - 1)}>
              ‹
            </button>
            <input aria-label="页码" value={pageInput} size={3} onChange={(e) => goToPage(Number((e.target as HTMLInputElement).value) || 1)} />/ {phase.pdf.numPages}
            <button type="button" aria-label="下一页" onClick={() => goToPage(Number(pageInput) + 1)}>
              ›
            </button>
          </span>
        )}
        {report && <SaveButton report={report} url={phase.phase === 'open' ? phase.source : undefined} />}
        {'source' in phase && <span class="bl-source">{phase.source}</span>}
      </header>
      {phase.phase === 'idle' && <p class="bl-hint">把 PDF、Excel 或 Word 文件拖到这里，或选择本地文件。Drop a PDF, workbook or Word file here, or pick one.</p>}
      {phase.phase === 'loading' && (
        <div class="bl-progress" role="status">
          <progress max={1} /> 正在下载和打开…
        </div>
      )}
      {phase.phase === 'open' && !phase.check && !phase.problem && (
        <div class="bl-progress" role="status">
          <ProgressBar progress={phase.progress} /> 正在读取和核查…
        </div>
      )}
      {phase.phase === 'failed' && (
        <p class="bl-error" role="alert" data-bl-problem={phase.state}>
          {phase.message}
        </p>
      )}
      {phase.phase === 'open' && phase.problem && (
        <p class="bl-error" role="alert" data-bl-problem={phase.problem.state}>
          {phase.problem.message}
        </p>
      )}
      {phase.phase === 'open' && (
        <div class="bl-body">
          {report && (
            <FindingsUi
              report={report}
              controller={c}
              settings={settings}
              onSettings={onSettings}
              page={{ title: report.title ?? document.title, url: phase.source }}
              copy={copyFromViewer}
              variant="viewer"
              onSheet={() => viewerInspectionSheet(report)}
            />
          )}
          <PdfPages pdf={phase.pdf} scale={scale} byPage={byPage} activeKey={active?.mark?.key ?? null} flash={c.flash} onRendered={onRendered} />
        </div>
      )}
    </div>
  );
}
