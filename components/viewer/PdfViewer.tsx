// The viewer: open a URL or a local file, show the PDF at once (pdf.js canvas + text layer, lazy
// pages, zoom, page navigation), check it with a progress bar, then draw the same panel, boxes
// and cards as on HTML pages over the PDF's cells. Every failure is one data-bl-state.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CssRect } from '../../lib/anchor/pdfRect';
import { groupFindings, navigationOrder } from '../../lib/page/findingGroups';
import { marksOf, markedRefIndex, refKeyOf, type MarkSettings } from '../../lib/page/markers';
import type { Finding } from '../../lib/report/schema';
import { SaveButton } from '../library/SaveButton';
import { FindingCard } from '../page/FindingCard';
import { FindingsPanel } from '../page/FindingsPanel';
import { checkPdf, fetchPdfBytes, openPdf, stateOfError, type PdfCheck, type ViewerState } from './loadPdfInViewer';
import { marksByPage, refRect } from './pdfMarks';
import { PdfPageView } from './PdfPageView';

type Phase =
  | { phase: 'idle' }
  | { phase: 'loading'; source: string }
  | { phase: 'failed'; source: string; state: ViewerState; message: string }
  | { phase: 'open'; source: string; pdf: PDFDocumentProxy; progress: number; check: PdfCheck | null; problem: { state: ViewerState; message: string } | null };

export interface ViewerProps {
  initialUrl: string | null;
  assetsBase: string;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
}

const CARD_W = 380;

export function PdfViewer({ initialUrl, assetsBase, settings, onSettings }: ViewerProps) {
  const [phase, setPhase] = useState<Phase>({ phase: 'idle' });
  const [scale, setScale] = useState(1.3);
  const [pageInput, setPageInput] = useState('1');
  const [hover, setHover] = useState<{ key: string; box: DOMRect } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [flash, setFlash] = useState<{ key: string; n: number } | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [, setTick] = useState(0);
  const overCard = useRef(false);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const timing = useRef<{ t0: number; firstPage: number | null }>({ t0: 0, firstPage: null });

  const open = async (source: string, getBytes: () => Promise<Uint8Array>) => {
    timing.current = { t0: performance.now(), firstPage: null };
    setPhase({ phase: 'loading', source });
    setSelected(null);
    let pdf: PDFDocumentProxy;
    try {
      pdf = await openPdf(await getBytes(), assetsBase);
    } catch (e) {
      setPhase({ phase: 'failed', source, ...stateOfError(e) });
      return;
    }
    setPhase({ phase: 'open', source, pdf, progress: 0, check: null, problem: null });
    try {
      const check = await checkPdf(pdf, source, (progress) => setPhase((p) => (p.phase === 'open' && p.pdf === pdf ? { ...p, progress } : p)));
      document.documentElement.dataset.blCheckedMs = (performance.now() - timing.current.t0).toFixed(0);
      setPhase((p) => (p.phase === 'open' && p.pdf === pdf ? { ...p, progress: 1, check } : p));
    } catch (e) {
      const problem = stateOfError(e);
      setPhase((p) => (p.phase === 'open' && p.pdf === pdf ? { ...p, problem } : p));
    }
  };

  useEffect(() => {
    if (initialUrl) void open(initialUrl, () => fetchPdfBytes(initialUrl));
  }, [initialUrl]);

  const onFile = (file: File | undefined) => {
    if (file) void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };

  const check = phase.phase === 'open' ? phase.check : null;
  const report = check?.report ?? null;
  const marks = useMemo(() => (report ? marksOf(report.findings, settings) : []), [report, settings.showRounding, settings.showPass]);
  const byPage = useMemo(() => (check ? marksByPage(marks, check.report.narrative, check.anchors, check.pageInfo) : new Map()), [marks, check]);
  const pages = useMemo(() => new Map((check?.pageInfo ?? []).map((p) => [p.page, p])), [check]);
  const findingById = useMemo(() => new Map((report?.findings ?? []).map((f) => [f.id, f])), [report]);
  const markByKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const order = useMemo(() => (report ? navigationOrder(groupFindings(report, settings)) : []), [report, settings.showRounding, settings.showPass]);

  const boxOf = useCallback(
    (f: Finding): { page: number; rect: CssRect } | null => (check ? refRect(f.refs[markedRefIndex(f)]!, check.report.narrative, check.anchors, pages) : null),
    [check, pages],
  );

  const select = useCallback(
    (f: Finding) => {
      setSelected(f.id);
      const at = boxOf(f);
      if (!at) return;
      const pageEl = document.querySelector(`.bl-page[data-page="${at.page}"]`);
      if (pageEl) {
        const top = pageEl.getBoundingClientRect().top + window.scrollY + at.rect.top * scale - window.innerHeight / 2;
        window.scrollTo({ top: Math.max(0, top), behavior: 'instant' as ScrollBehavior });
      }
      setFlash((p) => ({ key: refKeyOf(f.refs[markedRefIndex(f)]!), n: (p?.n ?? 0) + 1 }));
    },
    [boxOf, scale],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setSelected(null);
        setHover(null);
        return;
      }
      const k = e.code === 'KeyN' ? 'n' : e.code === 'KeyP' ? 'p' : null;
      if (!e.altKey || !k || !order.length) return;
      e.preventDefault();
      const i = selected ? order.findIndex((f) => f.id === selected) : -1;
      select(order[k === 'n' ? (i + 1) % order.length : (i - 1 + order.length) % order.length]!);
    };
    const onScroll = () => {
      setTick((n) => n + 1);
      // The page number follows the page at the middle of the window.
      const mid = document.elementsFromPoint(window.innerWidth / 3, window.innerHeight / 2).find((e) => e.classList.contains('bl-page'));
      const n = mid?.getAttribute('data-page');
      if (n && document.activeElement?.getAttribute('aria-label') !== '页码') setPageInput(n);
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, [order, selected, select]);

  const goToPage = (n: number) => {
    if (phase.phase !== 'open') return;
    const p = Math.max(1, Math.min(phase.pdf.numPages, n));
    setPageInput(String(p));
    document.querySelector(`.bl-page[data-page="${p}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  };

  // The card: the selected finding, else the hovered mark's first finding.
  const active = (() => {
    if (selected) {
      const f = findingById.get(selected);
      const at = f && boxOf(f);
      const pageEl = at && document.querySelector(`.bl-page[data-page="${at.page}"]`);
      if (f && at && pageEl) {
        const o = pageEl.getBoundingClientRect();
        return { finding: f, box: new DOMRect(o.left + at.rect.left * scale, o.top + at.rect.top * scale, at.rect.width * scale, at.rect.height * scale) };
      }
    }
    if (hover) {
      const m = markByKey.get(hover.key);
      const f = m && findingById.get(m.findings[0]!);
      if (f) return { finding: f, box: hover.box };
    }
    return null;
  })();
  const activeKey = active ? refKeyOf(active.finding.refs[markedRefIndex(active.finding)]!) : null;
  const operandsByPage = useMemo(() => {
    const out = new Map<number, CssRect[]>();
    if (!active || !check) return out;
    active.finding.refs.forEach((r, i) => {
      if (i === markedRefIndex(active.finding)) return;
      const at = refRect(r, check.report.narrative, check.anchors, pages);
      if (at) out.set(at.page, [...(out.get(at.page) ?? []), at.rect]);
    });
    return out;
  }, [active?.finding.id, check, pages]);

  const onHover = (key: string | null, box: DOMRect | null) => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    if (key && box) setHover({ key, box });
    else hoverTimer.current = setTimeout(() => !overCard.current && setHover(null), 300);
  };

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
          打开本地文件 <input type="file" accept="application/pdf,.pdf" onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])} />
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
            <input
              aria-label="页码"
              value={pageInput}
              size={3}
              onChange={(e) => goToPage(Number((e.target as HTMLInputElement).value) || 1)}
            />
            / {phase.pdf.numPages}
            <button type="button" aria-label="下一页" onClick={() => goToPage(Number(pageInput) + 1)}>
              ›
            </button>
          </span>
        )}
        {report && <SaveButton report={report} url={phase.phase === 'open' ? phase.source : undefined} />}
        {'source' in phase && <span class="bl-source">{phase.source}</span>}
      </header>
      {phase.phase === 'idle' && <p class="bl-hint">把 PDF 拖到这里，或选择本地文件。Drop a PDF here or pick a file.</p>}
      {(phase.phase === 'loading' || (phase.phase === 'open' && !phase.check && !phase.problem)) && (
        <div class="bl-progress" role="status">
          <progress max={1} value={phase.phase === 'open' ? phase.progress : undefined} /> {phase.phase === 'loading' ? '正在下载和打开…' : '正在读取和核查…'}
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
            <FindingsPanel
              report={report}
              settings={settings}
              onSettings={onSettings}
              selectedId={selected}
              onSelect={select}
              collapsed={collapsed}
              onToggle={() => setCollapsed((c) => !c)}
              variant="viewer"
            />
          )}
          <div class="bl-pages">
            {Array.from({ length: phase.pdf.numPages }, (_, i) => (
              <PdfPageView
                key={i}
                pdf={phase.pdf}
                pageNumber={i + 1}
                scale={scale}
                marks={byPage.get(i + 1) ?? []}
                operands={operandsByPage.get(i + 1) ?? []}
                activeKey={activeKey}
                flash={flash}
                onHover={onHover}
                onRendered={(n) => {
                  if (n === 1 && timing.current.firstPage === null) {
                    timing.current.firstPage = performance.now() - timing.current.t0;
                    document.documentElement.dataset.blFirstPageMs = timing.current.firstPage.toFixed(0);
                  }
                }}
              />
            ))}
          </div>
        </div>
      )}
      {report && active && (
        <FindingCard
          finding={active.finding}
          others={(markByKey.get(activeKey ?? '')?.findings ?? []).filter((id) => id !== active.finding.id).map((id) => findingById.get(id)!).filter(Boolean)}
          report={report}
          page={{ title: report.title ?? document.title, url: phase.phase === 'open' ? phase.source : '' }}
          position={{
            left: Math.max(8, Math.min(window.innerWidth - CARD_W - 8, active.box.left)),
            top: active.box.bottom + 226 < window.innerHeight ? active.box.bottom + 6 : Math.max(8, active.box.top - 226),
          }}
          onPick={(f) => setSelected(f.id)}
          onClose={() => {
            setSelected(null);
            setHover(null);
            overCard.current = false;
          }}
          onPointerEnter={() => (overCard.current = true)}
          onPointerLeave={() => {
            overCard.current = false;
          }}
        />
      )}
    </div>
  );
}
