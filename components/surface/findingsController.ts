// The state of the findings UI that the page and the viewer share, apart from any drawing:
// which finding is selected, which mark is hovered, the flash of a revealed mark, the keyboard
// walk, and the short grace that lets the pointer travel from a mark to its card. Plain
// TypeScript over a Surface (lib/anchor/surface), so it is unit-tested against a fake one.
import type { Surface } from '../../lib/anchor/surface';
import { markedRefIndex, refKeyOf, type Mark } from '../../lib/page/markers';
import type { Finding } from '../../lib/report/schema';

export interface FindingsModel {
  /** What Alt+N / Alt+P walk: each listed root cause once, in panel order. */
  order: readonly Finding[];
  findingById: ReadonlyMap<string, Finding>;
  markByKey: ReadonlyMap<string, Mark>;
}

export interface Timers {
  set(cb: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** How long a hovered mark's card stays after the pointer leaves the mark. */
export const HOVER_GRACE_MS = 300;

export const markedKeyOf = (f: Finding): string => refKeyOf(f.refs[markedRefIndex(f)]!);

export class FindingsController {
  selectedId: string | null = null;
  hoverKey: string | null = null;
  /** The mark to flash; `n` changes on every reveal so the same mark flashes again. */
  flash: { key: string; n: number } | null = null;
  private overCard = false;
  private hoverTimer: unknown = null;

  constructor(
    public surface: Surface,
    public model: FindingsModel,
    private readonly onChange: () => void,
    private readonly timers: Timers = { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  ) {}

  /** Select a finding (panel click, keyboard walk); `reveal` scrolls its mark into view and flashes it. */
  select(f: Finding, how: { reveal: boolean }): void {
    this.selectedId = f.id;
    if (how.reveal) {
      this.surface.reveal(f.refs[markedRefIndex(f)]!);
      this.flash = { key: markedKeyOf(f), n: (this.flash?.n ?? 0) + 1 };
    }
    this.onChange();
  }

  /**
   * Alt+N / Alt+P. Reads the selection as of the last call, not of the last render: two presses
   * before the view re-renders walk two findings, not the same one twice.
   */
  walk(forward: boolean): void {
    const order = this.model.order;
    if (!order.length) return;
    const i = this.selectedId ? order.findIndex((f) => f.id === this.selectedId) : -1;
    const next = forward ? (i + 1) % order.length : i < 0 ? order.length - 1 : (i - 1 + order.length) % order.length;
    this.select(order[next]!, { reveal: true });
  }

  /** Escape, or the card's 关闭. */
  close(): void {
    this.selectedId = null;
    this.hoverKey = null;
    this.overCard = false;
    this.onChange();
  }

  /** The pointer is at a window point: hover the mark under it, or let the card go after a grace. */
  pointerAt(x: number, y: number): void {
    const key = this.surface.markAt(x, y);
    if (this.hoverTimer !== null) this.timers.clear(this.hoverTimer);
    this.hoverTimer = null;
    if (key) {
      if (key !== this.hoverKey) {
        this.hoverKey = key;
        this.onChange();
      }
      return;
    }
    if (this.hoverKey === null) return;
    this.hoverTimer = this.timers.set(() => {
      this.hoverTimer = null;
      if (this.overCard || this.hoverKey === null) return;
      this.hoverKey = null;
      this.onChange();
    }, HOVER_GRACE_MS);
  }

  cardEntered(): void {
    this.overCard = true;
  }

  cardLeft(): void {
    this.overCard = false;
  }

  /** The card's finding: the selected one (pinned) wins over the hovered mark's most severe one. */
  active(): { finding: Finding; mark: Mark | undefined } | null {
    const { findingById, markByKey } = this.model;
    const f = this.selectedId ? findingById.get(this.selectedId) : undefined;
    if (f) return { finding: f, mark: markByKey.get(markedKeyOf(f)) };
    const m = this.hoverKey ? markByKey.get(this.hoverKey) : undefined;
    const h = m && findingById.get(m.findings[0]!);
    return m && h ? { finding: h, mark: m } : null;
  }

  dispose(): void {
    if (this.hoverTimer !== null) this.timers.clear(this.hoverTimer);
    this.hoverTimer = null;
  }
}
