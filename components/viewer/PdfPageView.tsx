// One PDF page: canvas (rendered when scrolled near), the pdf.js text layer (selectable text)
// and the overlay boxes of the marks on this page. Boxes take no pointer events, so text
// selection works through them; hover is hit-tested on the page.
import { TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CssRect } from '../../lib/anchor/pdfRect';
import type { PageMark } from './pdfMarks';

export interface PageViewProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  marks: PageMark[];
  operands: CssRect[];
  activeKey: string | null;
  flash: { key: string; n: number } | null;
  onHover: (key: string | null, box: DOMRect | null) => void;
  onRendered?: (page: number) => void;
}

export function PdfPageView({ pdf, pageNumber, scale, marks, operands, activeKey, flash, onHover, onRendered }: PageViewProps) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(pageNumber <= 2);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '800px' });
    io.observe(el);
    return () => io.disconnect();
  }, [near]);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let layer: TextLayer | null = null;
    void pdf.getPage(pageNumber).then(async (page) => {
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      setSize({ w: viewport.width, h: viewport.height });
      const c = canvas.current;
      const t = text.current;
      if (!near || !c || !t) return;
      const ratio = window.devicePixelRatio || 1;
      c.width = Math.floor(viewport.width * ratio);
      c.height = Math.floor(viewport.height * ratio);
      c.style.width = `${viewport.width}px`;
      c.style.height = `${viewport.height}px`;
      task = page.render({ canvas: c, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
      t.replaceChildren();
      layer = new TextLayer({ textContentSource: page.streamTextContent(), container: t, viewport });
      try {
        await Promise.all([task.promise, layer.render()]);
        if (!cancelled) onRendered?.(pageNumber);
      } catch {
        // cancelled by a newer zoom / unmount
      }
    });
    return () => {
      cancelled = true;
      task?.cancel();
      layer?.cancel();
    };
  }, [pdf, pageNumber, scale, near]);

  const px = (r: CssRect) => ({ left: `${r.left * scale}px`, top: `${r.top * scale}px`, width: `${r.width * scale}px`, height: `${r.height * scale}px` });
  const onMove = (e: MouseEvent) => {
    const el = holder.current;
    if (!el) return;
    const o = el.getBoundingClientRect();
    const x = (e.clientX - o.left) / scale;
    const y = (e.clientY - o.top) / scale;
    let hit: PageMark | null = null;
    for (const m of marks) {
      const r = m.rect;
      if (x >= r.left - 1 && x <= r.left + r.width + 1 && y >= r.top - 1 && y <= r.top + r.height + 1 && (!hit || r.width * r.height < hit.rect.width * hit.rect.height)) hit = m;
    }
    if (!hit) return onHover(null, null);
    const r = hit.rect;
    onHover(hit.mark.key, new DOMRect(o.left + r.left * scale, o.top + r.top * scale, r.width * scale, r.height * scale));
  };

  return (
    <div
      class="bl-page"
      ref={holder}
      data-page={pageNumber}
      style={{ ...(size ? { width: `${size.w}px`, height: `${size.h}px` } : {}), '--total-scale-factor': String(scale), '--scale-factor': String(scale) }}
      onMouseMove={onMove}
      onMouseLeave={() => onHover(null, null)}
    >
      <canvas ref={canvas} />
      <div class="textLayer" ref={text} />
      <div class="bl-layer" aria-hidden="true">
        {marks.map(({ mark: m, rect }) => {
          const flashing = flash?.key === m.key;
          return (
            <div
              key={flashing ? `${m.key}@${flash!.n}` : m.key}
              class={`bl-box${flashing ? ' bl-flash' : ''}${m.key === activeKey ? ' bl-active' : ''}`}
              data-bl-status={m.status}
              data-bl-severity={m.warning ? 'warning' : 'error'}
              data-bl-finding={m.findings[0]}
              data-bl-findings={m.findings.join(' ')}
              data-bl-ref={m.key}
              style={px(rect)}
            />
          );
        })}
        {operands.map((r, i) => (
          <div key={i} class="bl-operand" data-bl-role="operand" style={px(r)} />
        ))}
      </div>
    </div>
  );
}
