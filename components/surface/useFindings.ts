// The findings UI's hooks, shared by the page overlay and the PDF viewer: the model of a report
// under the current switches (marks, panel order), and one controller per view wired to the
// document — keyboard walk, hover hit-testing, the card following its mark while scrolling.
// Only trusted events (the user's own) drive it: a page's synthetic keydown or mousemove is ignored.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Surface } from '../../lib/anchor/surface';
import { groupFindings, navigationOrder } from '../../lib/page/findingGroups';
import { marksOf, type Mark, type MarkSettings } from '../../lib/page/markers';
import type { Finding, Report } from '../../lib/report/schema';
import { FindingsController, type FindingsModel } from './findingsController';
import { onceAFrame } from './onceAFrame';

export interface FindingsViewModel extends FindingsModel {
  marks: Mark[];
}

export function useFindingsModel(report: Report | null, settings: MarkSettings): FindingsViewModel {
  return useMemo(() => {
    const findings = report?.findings ?? [];
    const marks = report ? marksOf(findings, settings) : [];
    return {
      marks,
      markByKey: new Map(marks.map((m) => [m.key, m])),
      findingById: new Map(findings.map((f) => [f.id, f] as [string, Finding])),
      order: report ? navigationOrder(groupFindings(report, settings)) : [],
    };
  }, [report, settings.showRounding, settings.showPass]);
}

/** Is this key press meant for the page (typing in its own fields)? Then it is not ours. */
function typingInPage(e: KeyboardEvent, isOwn: (el: Element) => boolean): boolean {
  const el = e.composedPath()[0] as HTMLElement | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && !isOwn(el));
}

/**
 * One controller for the view's lifetime; `surface` and `model` are refreshed on every render.
 * `isOwn`: whether an element belongs to our UI (the shadow root, or the viewer's page).
 */
export function useFindingsController(model: FindingsModel, surface: Surface, isOwn: (el: Element) => boolean): FindingsController {
  const [, setVersion] = useState(0);
  const ref = useRef<FindingsController | null>(null);
  if (!ref.current) ref.current = new FindingsController(surface, model, () => setVersion((v) => v + 1));
  const c = ref.current;
  c.surface = surface;
  c.model = model;
  useEffect(() => () => c.dispose(), [c]);

  // Keyboard: Alt+N / Alt+P walk the findings; Escape closes the card.
  const own = useRef(isOwn);
  own.current = isOwn;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted || typingInPage(e, own.current)) return;
      if (e.key === 'Escape') return c.close();
      const k = e.code === 'KeyN' || e.key.toLowerCase() === 'n' ? 'n' : e.code === 'KeyP' || e.key.toLowerCase() === 'p' ? 'p' : null;
      if (!e.altKey || !k || !c.model.order.length) return;
      e.preventDefault();
      c.walk(k === 'n');
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [c]);

  // Hover: the pointer is hit-tested against the marks once a frame (marks take no pointer events).
  useEffect(() => {
    let pending: { x: number; y: number } | null = null;
    const onMove = (e: MouseEvent) => {
      if (!e.isTrusted) return;
      if (pending === null)
        requestAnimationFrame(() => {
          const p = pending!;
          pending = null;
          c.pointerAt(p.x, p.y);
        });
      pending = { x: e.clientX, y: e.clientY };
    };
    document.addEventListener('mousemove', onMove, { passive: true });
    return () => document.removeEventListener('mousemove', onMove);
  }, [c]);

  // The card is fixed to the window: while it shows, follow its mark as anything scrolls.
  const showing = c.active() !== null;
  useEffect(() => {
    if (!showing) return;
    const onScroll = onceAFrame(() => setVersion((v) => v + 1));
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [showing]);
  return c;
}
