// The viewer: open (URL or local file), progress, clear states for every failure, pages and
// the findings list. Overlays on the PDF's cells come with the in-page experience issue.
import { useEffect, useState } from 'preact/hooks';
import { ExtractError } from '../../lib/extract/errors';
import { SummaryPanel } from '../page/SummaryPanel';
import { PdfPageCanvas } from './PdfPageCanvas';
import { fetchPdfBytes, openAndCheck, type ViewerDocument } from './loadPdfInViewer';

type State =
  | { phase: 'idle' }
  | { phase: 'loading'; progress: number; source: string }
  | { phase: 'ready'; source: string; doc: ViewerDocument }
  | { phase: 'error'; source: string; message: string };

export function PdfViewer({ initialUrl, assetsBase }: { initialUrl: string | null; assetsBase: string }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [scale, setScale] = useState(1.2);

  const open = async (source: string, getBytes: () => Promise<Uint8Array>) => {
    setState({ phase: 'loading', progress: 0, source });
    try {
      const bytes = await getBytes();
      const doc = await openAndCheck(bytes, source, assetsBase, (progress) => setState({ phase: 'loading', progress, source }));
      setState({ phase: 'ready', source, doc });
    } catch (e) {
      const message = e instanceof ExtractError ? e.messageZh : `无法打开 cannot open: ${(e as Error).message}`;
      setState({ phase: 'error', source, message });
    }
  };

  useEffect(() => {
    if (initialUrl) void open(initialUrl, () => fetchPdfBytes(initialUrl));
  }, [initialUrl]);

  const onFile = (file: File | undefined) => {
    if (file) void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };

  return (
    <div
      class="bl-viewer"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onFile(e.dataTransfer?.files[0]);
      }}
    >
      <header class="bl-toolbar">
        <strong>预算透镜 · PDF 核查</strong>
        <label class="bl-file">
          打开本地文件 <input type="file" accept="application/pdf,.pdf" onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" onClick={() => setScale((s) => Math.max(0.5, s - 0.2))} aria-label="缩小">－</button>
        <span>{Math.round(scale * 100)}%</span>
        <button type="button" onClick={() => setScale((s) => Math.min(3, s + 0.2))} aria-label="放大">＋</button>
        {'source' in state && <span class="bl-source">{state.source}</span>}
      </header>
      {state.phase === 'idle' && <p class="bl-hint">把 PDF 拖到这里，或选择本地文件。Drop a PDF here or pick a file.</p>}
      {state.phase === 'loading' && (
        <div class="bl-progress" data-bl-state="loading">
          <progress max={1} value={state.progress} /> 正在读取和核查…
        </div>
      )}
      {state.phase === 'error' && (
        <p class="bl-error" data-bl-state="error" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'ready' && (
        <div class="bl-body" data-bl-state={state.doc.problem ? state.doc.problem.code : 'checked'}>
          {state.doc.problem && <p class="bl-error" role="alert">{state.doc.problem.messageZh}</p>}
          {state.doc.report && <SummaryPanel report={state.doc.report} />}
          <div class="bl-pages">
            {Array.from({ length: state.doc.pdf.numPages }, (_, i) => (
              <PdfPageCanvas key={i} pdf={state.doc.pdf} pageNumber={i + 1} scale={scale} />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
