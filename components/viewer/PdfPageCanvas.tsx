// One PDF page as pdf.js draws it: the canvas and the selectable text layer. Mounted only while
// the page is near the window (components/viewer/PdfPages), cancelled when it leaves or zooms.
import { TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { useEffect, useRef } from 'preact/hooks';

export interface PageCanvasProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  /** The page's size at scale 1, once known. */
  onSize: (page: number, size: { w: number; h: number }) => void;
  onRendered?: (page: number) => void;
}

export function PdfPageCanvas({ pdf, pageNumber, scale, onSize, onRendered }: PageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let layer: TextLayer | null = null;
    void pdf.getPage(pageNumber).then(async (page) => {
      if (cancelled) return;
      const unit = page.getViewport({ scale: 1 });
      onSize(pageNumber, { w: unit.width, h: unit.height });
      const viewport = page.getViewport({ scale });
      const c = canvas.current;
      const t = text.current;
      if (!c || !t) return;
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
  }, [pdf, pageNumber, scale]);
  return (
    <>
      <canvas ref={canvas} />
      <div class="textLayer" ref={text} />
    </>
  );
}
