// Keeps overlay boxes over their page elements without touching the page: measures targets
// (elements or text ranges) relative to the overlay host, at most `chunk` per animation frame so
// a 10,000-row page stays responsive, and re-measures on resize, layout and DOM changes and
// scrolling inside inner containers. Changes during a pass do not restart it (a page that mutates
// every frame would otherwise never get its boxes): the pass finishes, publishes, and one more
// pass follows. The boxes drawn stay until a finished pass replaces them. Window scrolling needs
// nothing: the host sits in the document, so boxes scroll with it.

export interface Measurable {
  getBoundingClientRect(): DOMRect;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BoxTrackerOptions {
  /** Targets measured per frame. */
  chunk?: number;
  /** Schedules a frame (requestAnimationFrame in the page). */
  frame?: (cb: () => void) => unknown;
}

const isConnected = (m: Measurable): boolean => {
  if ('isConnected' in m) return (m as unknown as Node).isConnected;
  const r = m as unknown as Range;
  return r.startContainer ? r.startContainer.isConnected : true;
};

/** A target's box relative to `origin`, or null when it is detached or not rendered. */
export function measure(target: Measurable, origin: { left: number; top: number }): Box | null {
  if (!isConnected(target)) return null;
  const r = target.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
}

export class BoxTracker {
  private targets: [string, Measurable][] = [];
  private boxes = new Map<string, Box>();
  private pending = false;
  /** A pass is measuring (over several frames). */
  private running = false;
  /** Something changed while a pass was running: measure again when it ends. */
  private dirty = false;
  private generation = 0;
  private readonly chunk: number;
  private readonly frame: (cb: () => void) => unknown;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly host: Element,
    private readonly onBoxes: (boxes: ReadonlyMap<string, Box>) => void,
    options: BoxTrackerOptions = {},
  ) {
    this.chunk = options.chunk ?? 400;
    this.frame = options.frame ?? ((cb) => requestAnimationFrame(cb));
  }

  setTargets(targets: Iterable<[string, Measurable]>): void {
    this.targets = [...targets];
    // Other targets: the running pass measures the wrong things, so it stops here.
    this.generation++;
    this.running = false;
    this.schedule();
  }

  /** Start following the page: window resize, body size, DOM changes, inner scrolling. */
  observe(doc: Document): void {
    const win = doc.defaultView;
    const onChange = () => this.schedule();
    win?.addEventListener('resize', onChange, { passive: true });
    this.cleanups.push(() => win?.removeEventListener('resize', onChange));
    const onScroll = (e: Event) => {
      if (e.target !== doc && e.target !== doc.documentElement) this.schedule();
    };
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    this.cleanups.push(() => doc.removeEventListener('scroll', onScroll, { capture: true }));
    if (typeof ResizeObserver !== 'undefined' && doc.body) {
      const ro = new ResizeObserver(onChange);
      ro.observe(doc.body);
      this.cleanups.push(() => ro.disconnect());
    }
    if (doc.body) {
      const mo = new MutationObserver(onChange);
      mo.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'colspan', 'rowspan'] });
      this.cleanups.push(() => mo.disconnect());
    }
  }

  disconnect(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.generation++;
    this.running = false;
  }

  /** Re-measure everything soon (many calls, one pass; during a pass, one more pass after it). */
  schedule(): void {
    if (this.running) {
      this.dirty = true;
      return;
    }
    if (this.pending) return;
    this.pending = true;
    this.frame(() => {
      this.pending = false;
      this.run();
    });
  }

  private run(): void {
    const gen = ++this.generation;
    this.running = true;
    this.dirty = false;
    const next = new Map<string, Box>();
    let i = 0;
    const step = () => {
      if (gen !== this.generation) return; // other targets, or disconnected
      // The host's own box is read once a frame: the page may have moved it between frames.
      const o = this.host.getBoundingClientRect();
      const end = Math.min(i + this.chunk, this.targets.length);
      for (; i < end; i++) {
        const [key, t] = this.targets[i]!;
        const b = measure(t, o);
        if (b) next.set(key, b);
      }
      if (i < this.targets.length) {
        this.frame(step);
        return;
      }
      this.running = false;
      if (!sameBoxes(this.boxes, next)) {
        this.boxes = next;
        this.onBoxes(next);
      }
      if (this.dirty) this.schedule();
    };
    step();
  }
}

function sameBoxes(a: ReadonlyMap<string, Box>, b: ReadonlyMap<string, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || Math.abs(x.left - y.left) > 0.5 || Math.abs(x.top - y.top) > 0.5 || Math.abs(x.width - y.width) > 0.5 || Math.abs(x.height - y.height) > 0.5) return false;
  }
  return true;
}

/** The box under a point (host coordinates), smallest first when boxes nest. */
export function boxAt(boxes: ReadonlyMap<string, Box>, x: number, y: number): string | null {
  let best: string | null = null;
  let area = Infinity;
  for (const [k, b] of boxes) {
    if (x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height && b.width * b.height < area) {
      best = k;
      area = b.width * b.height;
    }
  }
  return best;
}
