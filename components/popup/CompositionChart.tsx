// A 100% stacked bar per document: what its spending is made of. Inline SVG, no chart library;
// the same part keeps the same colour across documents so the bars read against each other.
import { composition, columnTitle, type Comparison } from '../../lib/compare/compareSnapshots';
import type { FigureGroup } from '../../lib/library/snapshot';

const PALETTE = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#9e9d24', '#5d4037', '#ad1457', '#546e7a'];

export function CompositionChart({ comparison, group, title }: { comparison: Comparison; group: FigureGroup; title: string }) {
  const bars = comparison.columns.map((_, i) => composition(comparison, i, group));
  const labels: string[] = [];
  for (const b of bars) for (const p of b) if (!labels.includes(p.label)) labels.push(p.label);
  if (!labels.length) return null;
  const colour = (label: string) => PALETTE[labels.indexOf(label) % PALETTE.length]!;
  const W = 380;
  const LABEL = 110;
  const BAR = 16;
  const H = bars.length * (BAR + 8);
  return (
    <figure class="bl-chart" data-bl-chart={group}>
      <figcaption>{title}</figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {bars.map((parts, i) => {
          let x = LABEL;
          const y = i * (BAR + 8);
          return (
            <g key={i}>
              <text x={0} y={y + BAR - 4} font-size="11">{columnTitle(comparison.columns[i]!).slice(0, 9)}</text>
              {parts.map((p) => {
                const w = p.share * (W - LABEL);
                const rect = (
                  <rect key={p.label} x={x} y={y} width={Math.max(w, 0)} height={BAR} fill={colour(p.label)}>
                    <title>{`${p.label} ${(p.share * 100).toFixed(1)}%`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <ul class="bl-legend">
        {labels.map((l) => (
          <li key={l}>
            <span style={{ background: colour(l) }} />
            {l}
          </li>
        ))}
      </ul>
    </figure>
  );
}
