// Everything the extension shows on a checked page, inside the one shadow root: boxes over the
// marked cells and text spans (measured by lib/page/boxTracker), the shared findings panel and
// card (components/surface) over the page's Surface, and "核查" buttons beside disclosure PDF
// and office attachment (.xls/.xlsx/.docx) links. The page's own DOM is only read.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { htmlSurface } from '../../lib/anchor/htmlSurface';
import { htmlTargetOf } from '../../lib/anchor/htmlTarget';
import type { AnchorIndex } from '../../lib/extract/raw';
import { BoxTracker, measure, type Box, type Measurable } from '../../lib/page/boxTracker';
import { markedRefIndex, type MarkSettings } from '../../lib/page/markers';
import type { PageInfo } from '../../lib/page/quote';
import type { Report } from '../../lib/report/schema';
import type { SaveResult } from '../surface/FindingsPanel';
import type { SheetFile } from '../surface/inspectionSheetFile';
import { FindingsUi } from '../surface/FindingsUi';
import { MarkBoxes } from '../surface/MarkBoxes';
import { trusted } from '../surface/trusted';
import { useFindingsController, useFindingsModel } from '../surface/useFindings';

export interface PdfLinkTarget {
  el: Element;
  url: string;
}

export interface PageOverlayProps {
  report: Report | null;
  anchors: AnchorIndex<Node> | null;
  host: HTMLElement;
  /** Our shadow root (the viewer: its document): key presses inside it are ours, not the page's. */
  root: Pick<Node, 'contains'>;
  page: PageInfo;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  pdfLinks: PdfLinkTarget[];
  onOpenPdf: (url: string) => void;
  /** Puts a citation on the clipboard from an extension context. */
  copy: (text: string) => Promise<boolean>;
  /** Passing findings the worker counted but did not send (very large pages). */
  omittedPass?: number;
  /** Passing findings per panel group not sent (yet): the panel counts them. */
  countedPass?: Readonly<Record<string, number>>;
  /** "保存到对比" (the library is in the worker). */
  onSave?: () => Promise<SaveResult>;
  /** "生成检查表": the inspection sheet of the report (built lazily, entrypoints/content/sheetBuilder). */
  onSheet?: () => Promise<SheetFile>;
}

/** Boxes of `targets` relative to `host`, kept up to date while the page changes. */
function useTrackedBoxes(host: HTMLElement, targets: readonly [string, Measurable][]): ReadonlyMap<string, Box> {
  const [boxes, setBoxes] = useState<ReadonlyMap<string, Box>>(new Map());
  useEffect(() => {
    if (!targets.length) return setBoxes(new Map()); // nothing to follow: no observers, no idle cost
    const tracker = new BoxTracker(host, setBoxes);
    tracker.setTargets(targets);
    tracker.observe(document);
    return () => tracker.disconnect();
  }, [targets, host]);
  return boxes;
}

export function PageOverlay({ report, anchors, host, root, page, settings, onSettings, pdfLinks, onOpenPdf, copy, omittedPass = 0, countedPass, onSave, onSheet }: PageOverlayProps) {
  const model = useFindingsModel(report, settings);
  const targets = useMemo(() => {
    const out = new Map<string, Measurable>();
    if (!report || !anchors) return out;
    for (const m of model.marks) {
      const t = htmlTargetOf(m.ref, report.narrative, anchors);
      if (t) out.set(m.key, t);
    }
    return out;
  }, [model, anchors]);
  const targetList = useMemo(() => [...targets], [targets]);
  const boxes = useTrackedBoxes(host, targetList);
  const linkTargets = useMemo(() => pdfLinks.map((l, i) => [String(i), l.el] as [string, Measurable]), [pdfLinks]);
  const linkBoxes = useTrackedBoxes(host, linkTargets);

  const surface = htmlSurface({ host, boxes, targets, narrative: report?.narrative, anchors });
  const c = useFindingsController(model, surface, (el) => root.contains(el));
  const active = c.active();

  // Operand boxes of the active finding (few: measured directly, again whenever the marks are).
  const operands = useMemo(() => {
    if (!active || !report || !anchors) return [];
    const o = host.getBoundingClientRect();
    const out: { key: string; rect: Box }[] = [];
    active.finding.refs.forEach((r, i) => {
      if (i === markedRefIndex(active.finding)) return;
      const t = htmlTargetOf(r, report.narrative, anchors);
      const b = t && measure(t, o);
      if (b) out.push({ key: `${i}`, rect: b });
    });
    return out;
  }, [active?.finding.id, report, anchors, boxes, host]);

  const drawn = model.marks.flatMap((mark) => {
    const rect = boxes.get(mark.key);
    return rect ? [{ mark, rect }] : [];
  });
  const activeKey = active ? active.mark?.key ?? null : null;

  return (
    <div class="bl-ui">
      <div class="bl-layer" aria-hidden="true">
        <MarkBoxes marks={drawn} operands={operands} activeKey={activeKey} flash={c.flash} />
      </div>
      {pdfLinks.map((l, i) => {
        const b = linkBoxes.get(String(i));
        if (!b) return null;
        return (
          <button
            key={l.url + i}
            type="button"
            class="bl-linkbtn"
            data-bl-pdf-link={l.url}
            title={/\.(?:xlsx?|et|docx)($|[?#])/i.test(l.url) ? '用预算透镜核查这个附件（表格/Word）' : '用预算透镜核查这个PDF'}
            style={{ left: `${b.left + b.width + 4}px`, top: `${b.top + Math.max(0, (b.height - 18) / 2)}px` }}
            onClick={trusted((e: MouseEvent) => {
              e.preventDefault();
              e.stopPropagation();
              onOpenPdf(l.url);
            })}
          >
            核查
          </button>
        );
      })}
      {report && (
        <FindingsUi
          report={report}
          controller={c}
          settings={settings}
          onSettings={onSettings}
          page={page}
          copy={copy}
          onSave={onSave}
          onSheet={onSheet}
          omittedPass={omittedPass}
          countedPass={countedPass}
        />
      )}
    </div>
  );
}
