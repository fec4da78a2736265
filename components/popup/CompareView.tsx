// 2–4 saved documents side by side: key figures in aligned rows with difference and % change
// against the first column, composition charts, and — where the documents pair up — year over
// year (with the cross-document 同比 check) and budget against final accounts.
import { SourceLink } from './SourceLink';
import { useMemo } from 'preact/hooks';
import { comparisonCsv } from '../../lib/compare/comparisonCsv';
import { columnTitle, compareSnapshots } from '../../lib/compare/compareSnapshots';
import { execution, isBudgetFinalPair } from '../../lib/compare/execution';
import { GROUP_LABELS } from '../../lib/compare/figureCatalog';
import { yearOverYear, yearPairs } from '../../lib/compare/yearOverYear';
import type { Snapshot } from '../../lib/library/snapshot';
import { CompositionChart } from './CompositionChart';
import { downloadText } from './download';
import { ExecutionView } from './ExecutionView';
import { YearOverYearView } from './YearOverYearView';

export function CompareView({ snapshots, onBack }: { snapshots: Snapshot[]; onBack: () => void }) {
  const comparison = useMemo(() => compareSnapshots(snapshots), [snapshots]);
  const yoys = useMemo(() => yearPairs(snapshots).map(([a, b]) => yearOverYear(a, b)), [snapshots]);
  const executions = useMemo(() => {
    const out = [];
    for (let i = 0; i < snapshots.length; i++)
      for (let j = i + 1; j < snapshots.length; j++) if (isBudgetFinalPair(snapshots[i]!, snapshots[j]!)) out.push(execution(snapshots[i]!, snapshots[j]!));
    return out;
  }, [snapshots]);
  let lastGroup = '';
  const cols = comparison.columns.length;

  return (
    <section class="bl-compare" data-bl-compare-view>
      <div class="bl-actions">
        <button type="button" onClick={onBack}>← 返回列表</button>
        <button type="button" data-bl-csv onClick={() => downloadText(`budget-lens-comparison-${new Date().toISOString().slice(0, 10)}.csv`, comparisonCsv(comparison), 'text/csv;charset=utf-8')}>
          导出 CSV
        </button>
      </div>
      {/* Cross-document findings first: they are what no single page can show. */}
      {yoys.map((y) => (
        <YearOverYearView key={`${y.older.id}-${y.newer.id}`} yoy={y} />
      ))}
      {executions.map((e) => (
        <ExecutionView key={`${e.budget.id}-${e.final.id}`} data={e} />
      ))}
      <div class="bl-scroll">
        <table class="bl-compare-table" data-bl-compare>
          <thead>
            <tr>
              <th>{comparison.unit ? `单位：${comparison.unit}` : ''}</th>
              {comparison.columns.map((c, i) => (
                <th key={c.id} data-col={i}>
                  <SourceLink url={c.url} title={c.title}>{columnTitle(c)}</SourceLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.flatMap((r) => {
              // A group of one row named like the group (收支总计, 机关运行经费) needs no heading.
              const alone = comparison.rows.filter((x) => x.group === r.group).length === 1 && r.label === GROUP_LABELS[r.group];
              const head =
                r.group !== lastGroup && !alone ? (
                  <tr class="bl-group-row" key={`g-${r.group}`}>
                    <th colSpan={cols + 1}>{GROUP_LABELS[r.group]}</th>
                  </tr>
                ) : null;
              lastGroup = r.group;
              const row = (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, i) => (
                    <td key={i} data-col={i}>
                      <span data-bl-value>{c.display}</span>
                      {c.difference !== null && (
                        <small class="bl-diff">
                          <span data-bl-diff>{c.difference}</span> <span data-bl-pct>{c.changePct}</span>
                        </small>
                      )}
                    </td>
                  ))}
                </tr>
              );
              return head ? [head, row] : [row];
            })}
          </tbody>
        </table>
      </div>
      <p class="bl-muted">差额与变化率均相对第一列；计算用精确小数，仅显示时四舍五入。</p>
      <CompositionChart comparison={comparison} group="functionClass" title="支出结构（功能分类）" />
      <CompositionChart comparison={comparison} group="expenseType" title="基本支出与项目支出" />
    </section>
  );
}
