// The PDF's pages, virtualised: every page is a sized placeholder (cheap), and pdf.js draws only
// the pages near the window — one IntersectionObserver for all of them. A page's marks are drawn
// on its placeholder, so they exist before it is rendered. A slot re-renders only when its own
// props change, so a 2,000-page document costs per page what the window shows, not what it holds.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Rect } from '../../lib/anchor/surface';
import type { Mark } from '../../lib/page/markers';
import { MarkBoxes } from '../surface/MarkBoxes';
import { PdfPageCanvas } from './PdfPageCanvas';

export interface PageMarks {
  marks: readonly { mark: Mark; rect: Rect }[];
  operands: readonly { key: string; rect: Rect }[];
}

export interface PdfPagesProps {
  pdf: PDFDocumentProxy;
  scale: number;
  /** Marks and operands per page, rectangles at scale 1. */
  byPage: ReadonlyMap<number, PageMarks>;
  activeKey: string | null;
  flash: { key: string; n: number } | null;
  onRendered?: (page: number) => void;
}

/** Pages rendered beyond the window's edges (px), so scrolling rarely shows a blank page. */
const NEAR_MARGIN = '800px';
const NONE: PageMarks = { marks: [], operands: [] };

interface SlotProps {
  pdf: PDFDocumentProxy;
  n: number;
  scale: number;
  size: { w: number; h: number };
  near: boolean;
  marks: PageMarks;
  activeKey: string | null;
  flash: { key: string; n: number } | null;
  onSize: (page: number, size: { w: number; h: number }) => void;
  onRendered?: (page: number) => void;
}

const scaled = (r: Rect, s: number): Rect => ({ left: r.left * s, top: r.top * s, width: r.width * s, height: r.height * s });

const PageSlot = memo(function PageSlot({ pdf, n, scale, size, near, marks, activeKey, flash, onSize, onRendered }: SlotProps) {
  return (
    <div
      class="bl-page"
      data-page={n}
      data-bl-mounted={near ? '' : undefined}
      style={{ width: `${size.w * scale}px`, height: `${size.h * scale}px`, '--total-scale-factor': String(scale), '--scale-factor': String(scale) }}
    >
      {near && <PdfPageCanvas pdf={pdf} pageNumber={n} scale={scale} onSize={onSize} onRendered={onRendered} />}
      {(marks.marks.length > 0 || marks.operands.length > 0) && (
        <div class="bl-layer" aria-hidden="true">
          <MarkBoxes
            marks={marks.marks.map((m) => ({ mark: m.mark, rect: scaled(m.rect, scale) }))}
            operands={marks.operands.map((o) => ({ key: o.key, rect: scaled(o.rect, scale) }))}
            activeKey={activeKey}
            flash={flash}
          />
        </div>
      )}
    </div>
  );
});

export function PdfPages({ pdf, scale, byPage, activeKey, flash, onRendered }: PdfPagesProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([1, 2]));
  const [sizes, setSizes] = useState<ReadonlyMap<number, { w: number; h: number }>>(new Map());
  const [defaultSize, setDefaultSize] = useState<{ w: number; h: number }>({ w: 595, h: 842 });

  // Unmeasured pages take the first page's size (most documents have one page size).
  useEffect(() => {
    let live = true;
    void pdf.getPage(1).then((p) => {
      const v = p.getViewport({ scale: 1 });
      if (live) setDefaultSize({ w: v.width, h: v.height });
    });
    return () => void (live = false);
  }, [pdf]);

  const onSize = useCallback((page: number, size: { w: number; h: number }) => {
    setSizes((prev) => {
      const old = prev.get(page);
      if (old && old.w === size.w && old.h === size.h) return prev;
      return new Map(prev).set(page, size);
    });
  }, []);

  useEffect(() => {
    const root = holder.current;
    if (!root) return;
    const io = new IntersectionObserver(
      (entries) =>
        setNear((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.page);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next.size === prev.size && [...next].every((n) => prev.has(n)) ? prev : next;
        }),
      { rootMargin: NEAR_MARGIN },
    );
    for (const el of root.querySelectorAll('.bl-page')) io.observe(el);
    return () => io.disconnect();
  }, [pdf]);

  const slots = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const m = byPage.get(n) ?? NONE;
    const onThisPage = m.marks.length > 0;
    slots.push(
      <PageSlot
        key={n}
        pdf={pdf}
        n={n}
        scale={scale}
        size={sizes.get(n) ?? defaultSize}
        near={near.has(n)}
        marks={m}
        // Only pages holding the active / flashing mark need to know about it.
        activeKey={onThisPage ? activeKey : null}
        flash={onThisPage ? flash : null}
        onSize={onSize}
        onRendered={onRendered}
      />,
    );
  }
  return (
    <div class="bl-pages" ref={holder}>
      {slots}
    </div>
  );
}
