// The boxes drawn over marked places and, for the active finding, over its operands: one
// definition for the page layer and the PDF pages (each passes rectangles in its own layer's
// pixels). A revealed mark is re-keyed so its flash animation plays again.
import type { Rect } from '../../lib/anchor/surface';
import type { Mark } from '../../lib/page/markers';

const px = (r: Rect) => ({ left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });

export interface MarkBoxesProps {
  marks: readonly { mark: Mark; rect: Rect }[];
  operands: readonly { key: string; rect: Rect }[];
  activeKey: string | null;
  flash: { key: string; n: number } | null;
}

export function MarkBoxes({ marks, operands, activeKey, flash }: MarkBoxesProps) {
  return (
    <>
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
      {operands.map(({ key, rect }) => (
        <div key={key} class="bl-operand" data-bl-role="operand" style={px(rect)} />
      ))}
    </>
  );
}
