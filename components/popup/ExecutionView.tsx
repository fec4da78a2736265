// Budget against final accounts of the same department and year: 决算/预算 per key figure.
import { columnTitle } from '../../lib/compare/compareSnapshots';
import type { ExecutionRow } from '../../lib/compare/execution';
import type { Snapshot } from '../../lib/library/snapshot';

export function ExecutionView({ data }: { data: { budget: Snapshot; final: Snapshot; rows: ExecutionRow[] } }) {
  return (
    <section class="bl-execution" data-bl-execution>
      <h3>预算执行：{columnTitle(data.final)} / 预算</h3>
      <table class="bl-compare-table">
        <thead>
          <tr>
            <th />
            <th>预算</th>
            <th>决算</th>
            <th>执行率</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.budget}</td>
              <td>{r.final}</td>
              <td data-bl-rate>{r.rate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
