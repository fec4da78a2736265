// Everything the extension shows on a checked page, inside the one shadow root: boxes over the
// marked cells and text spans, operand boxes for the active finding, the hover/focus card, the
// side panel, and "核查" buttons beside disclosure PDF links. The page's own DOM is only read.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resolveRef } from '../../lib/anchor/resolveRef';
import { locateText } from '../../lib/anchor/textPosition';
import type { AnchorIndex } from '../../lib/extract/raw';
import { BoxTracker, boxAt, measure, type Box, type Measurable } from '../../lib/page/boxTracker';
import { groupFindings, navigationOrder } from '../../lib/page/findingGroups';
import { marksOf, markedRefIndex, refKeyOf, type Mark, type MarkSettings } from '../../lib/page/markers';
import type { PageInfo } from '../../lib/page/quote';
import type { Finding, Ref, Report } from '../../lib/report/schema';
import { FindingCard } from './FindingCard';
import { FindingsPanel } from './FindingsPanel';

export interface PdfLinkTarget {
  el: Element;
  url: string;
}

export interface PageOverlayProps {
  report: Report | null;
  anchors: AnchorIndex<Node> | null;
  host: HTMLElement;
  page: PageInfo;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  pdfLinks: PdfLinkTarget[];
  onOpenPdf: (url: string) => void;
  /** Passing findings the worker counted but did not send (very large pages). */
  omittedPass?: number;
  /** Passing findings per panel group not sent (yet): the panel counts them. */
  countedPass?: Readonly<Record<string, number>>;
  /** "保存到对比" (the library is in the worker). */
  onSave?: () => Promise<{ ok: true; replaced: boolean } | { ok: false; error: string }>;
}

/** A ref's measurable target on the page: its cell element, or a Range over the figure's text. */
export function targetOf(ref: Ref, report: Report, anchors: AnchorIndex<Node>): Measurable | null {
  const t = resolveRef(ref, report.narrative, anchors);
  if (!t) return null;
  const node = t.anchor;
  if (t.kind === 'cell') return node.nodeType === 1 ? (node as Element) : null;
  const where = locateText(node, t.text, t.start);
  if (!where) return node.nodeType === 1 ? (node as Element) : null;
  const range = node.ownerDocument!.createRange();
  range.setStart(where.start.node, where.start.offset);
  range.setEnd(where.end.node, where.end.offset);
  return range;
}

const scrollTargetOf = (m: Measurable): Element | null => ('nodeType' in m ? (m as Element) : ((m as Range).startContainer.parentElement ?? null));

const CARD_W = 380;

function cardPosition(box: Box, host: HTMLElement): { left: number; top: number } {
  const o = host.getBoundingClientRect();
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(8, Math.min(vw - CARD_W - 8, o.left + box.left));
  const below = o.top + box.top + box.height + 6;
  const top = below + 220 < vh ? below : Math.max(8, o.top + box.top - 226);
  return { left, top };
}

export function PageOverlay({ report, anchors, host, page, settings, onSettings, pdfLinks, onOpenPdf, omittedPass = 0, countedPass, onSave }: PageOverlayProps) {
  const marks = useMemo(() => (report ? marksOf(report.findings, settings) : []), [report, settings.showRounding, settings.showPass]);
  const markByKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const findingById = useMemo(() => new Map((report?.findings ?? []).map((f) => [f.id, f])), [report]);
  const order = useMemo(() => (report ? navigationOrder(groupFindings(report, settings)) : []), [report, settings.showRounding, settings.showPass]);

  const targets = useMemo(() => {
    const out = new Map<string, Measurable>();
    if (!report || !anchors) return out;
    for (const m of marks) {
      const t = targetOf(m.ref, report, anchors);
      if (t) out.set(m.key, t);
    }
    return out;
  }, [marks, report, anchors]);

  const [boxes, setBoxes] = useState<ReadonlyMap<string, Box>>(new Map());
  const [linkBoxes, setLinkBoxes] = useState<ReadonlyMap<string, Box>>(new Map());
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ id: string; pinned: boolean } | null>(null);
  const [flashKey, setFlashKey] = useState<{ key: string; n: number } | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const overCard = useRef(false);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [, setScrollTick] = useState(0);
  // The selection as of the last key press, not the last render: two quick Alt+N presses (one
  // frame apart, before the key handler is re-bound) must walk two findings, not one twice.
  const selectedIdNow = useRef<string | null>(null);
  selectedIdNow.current = selected?.id ?? null;

  // Boxes over marks.
  useEffect(() => {
    const tracker = new BoxTracker(host, setBoxes);
    tracker.setTargets(targets);
    tracker.observe(document);
    return () => tracker.disconnect();
  }, [targets, host]);

  // "核查" buttons beside PDF links.
  useEffect(() => {
    if (!pdfLinks.length) return;
    const tracker = new BoxTracker(host, setLinkBoxes);
    tracker.setTargets(pdfLinks.map((l, i) => [String(i), l.el] as [string, Measurable]));
    tracker.observe(document);
    return () => tracker.disconnect();
  }, [pdfLinks, host]);

  // Hover: hit-test the pointer against the boxes (boxes never take pointer events from the page).
  useEffect(() => {
    let pending: { x: number; y: number } | null = null;
    const onMove = (e: MouseEvent) => {
      if (pending === null) requestAnimationFrame(() => {
        const p = pending!;
        pending = null;
        const o = host.getBoundingClientRect();
        const key = boxAt(boxes, p.x - o.left, p.y - o.top);
        if (hoverTimer.current) clearTimeout(hoverTimer.current);
        hoverTimer.current = null;
        if (key) setHoverKey(key);
        // A short grace period lets the pointer travel from the box to its card.
        else hoverTimer.current = setTimeout(() => !overCard.current && setHoverKey(null), 300);
      });
      pending = { x: e.clientX, y: e.clientY };
    };
    document.addEventListener('mousemove', onMove, { passive: true });
    return () => document.removeEventListener('mousemove', onMove);
  }, [boxes, host]);

  const select = useCallback(
    (f: Finding, how: { scroll: boolean }) => {
      if (!report || !anchors) return;
      selectedIdNow.current = f.id;
      setSelected({ id: f.id, pinned: true });
      const key = refKeyOf(f.refs[markedRefIndex(f)]!);
      const t = targets.get(key) ?? targetOf(f.refs[markedRefIndex(f)]!, report, anchors);
      if (how.scroll && t) scrollTargetOf(t)?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      setFlashKey((prev) => ({ key, n: (prev?.n ?? 0) + 1 }));
    },
    [report, anchors, targets],
  );

  // Keyboard: Alt+N / Alt+P walk the findings; Escape closes the card. Never in the page's inputs.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.composedPath()[0] as HTMLElement | undefined;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && !host.shadowRoot?.contains(el))) return;
      if (e.key === 'Escape') {
        selectedIdNow.current = null;
        setSelected(null);
        setHoverKey(null);
        return;
      }
      if (!e.altKey || !order.length) return;
      const k = e.key.toLowerCase();
      if (k !== 'n' && k !== 'p' && e.code !== 'KeyN' && e.code !== 'KeyP') return;
      e.preventDefault();
      const forward = k === 'n' || e.code === 'KeyN';
      const id = selectedIdNow.current;
      const i = id ? order.findIndex((f) => f.id === id) : -1;
      const next = order[forward ? (i + 1) % order.length : (i - 1 + order.length) % order.length]!;
      select(next, { scroll: true });
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [order, select, host]);

  // The card: the selected finding (pinned) wins over hover.
  const active: { finding: Finding; mark: Mark | undefined } | null = (() => {
    if (selected) {
      const f = findingById.get(selected.id);
      if (f) return { finding: f, mark: markByKey.get(refKeyOf(f.refs[markedRefIndex(f)]!)) };
    }
    if (hoverKey) {
      const m = markByKey.get(hoverKey);
      const f = m && findingById.get(m.findings[0]!);
      if (m && f) return { finding: f, mark: m };
    }
    return null;
  })();

  // Operand boxes of the active finding (few: measured directly).
  const operandBoxes = useMemo(() => {
    if (!active || !report || !anchors) return [];
    const o = host.getBoundingClientRect();
    const out: { key: string; box: Box }[] = [];
    active.finding.refs.forEach((r, i) => {
      if (i === markedRefIndex(active.finding)) return;
      const t = targetOf(r, report, anchors);
      const b = t && measure(t, o);
      if (b) out.push({ key: `${refKeyOf(r)}#${i}`, box: b });
    });
    return out;
    // boxes: re-measure operands whenever the marks were re-measured
  }, [active?.finding.id, report, anchors, boxes, host]);

  // The card is fixed to the viewport: follow its box while the page scrolls.
  const showing = active !== null;
  useEffect(() => {
    if (!showing) return;
    let queued = false;
    const onScroll = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        setScrollTick((n) => n + 1);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [showing]);

  const activeKey = active ? refKeyOf(active.finding.refs[markedRefIndex(active.finding)]!) : null;
  const activeBox = activeKey ? boxes.get(activeKey) : undefined;

  return (
    <div class="bl-ui">
      <div class="bl-layer" aria-hidden="true">
        {marks.map((m) => {
          const b = boxes.get(m.key);
          if (!b) return null;
          const flash = flashKey?.key === m.key;
          return (
            <div
              key={flash ? `${m.key}@${flashKey!.n}` : m.key}
              class={`bl-box${flash ? ' bl-flash' : ''}${m.key === activeKey ? ' bl-active' : ''}`}
              data-bl-status={m.status}
              data-bl-severity={m.warning ? 'warning' : 'error'}
              data-bl-finding={m.findings[0]}
              data-bl-findings={m.findings.join(' ')}
              data-bl-ref={m.key}
              style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
            />
          );
        })}
        {operandBoxes.map(({ key, box: b }) => (
          <div key={key} class="bl-operand" data-bl-role="operand" style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }} />
        ))}
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
            title="用预算透镜核查这个PDF"
            style={{ left: `${b.left + b.width + 4}px`, top: `${b.top + Math.max(0, (b.height - 18) / 2)}px` }}
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              onOpenPdf(l.url);
            }}
          >
            核查
          </button>
        );
      })}
      {report && (
        <FindingsPanel
          report={report}
          settings={settings}
          onSettings={onSettings}
          selectedId={selected?.id ?? null}
          onSelect={(f) => select(f, { scroll: true })}
          collapsed={collapsed}
          onToggle={() => setCollapsed((c) => !c)}
          onSave={onSave}
          omittedPass={omittedPass}
          countedPass={countedPass}
        />
      )}
      {report && active && activeBox && (
        <FindingCard
          finding={active.finding}
          others={(active.mark?.findings ?? []).filter((id) => id !== active.finding.id).map((id) => findingById.get(id)!).filter(Boolean)}
          report={report}
          page={page}
          position={cardPosition(activeBox, host)}
          onPick={(f) => setSelected({ id: f.id, pinned: true })}
          onClose={() => {
            setSelected(null);
            setHoverKey(null);
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
