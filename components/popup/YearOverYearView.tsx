// Year over year for one department: computed changes, and the newer document's own 同比
// statements checked against the older document (findings cite both).
import { SourceLink } from './SourceLink';
import { columnTitle } from '../../lib/compare/compareSnapshots';
import type { YearOverYear } from '../../lib/compare/yearOverYear';

const STATUS_LABEL = { pass: '一致', rounding: '尾差', fail: '不符' } as const;

export function YearOverYearView({ yoy }: { yoy: YearOverYear }) {
  const { older, newer } = yoy;
  const bad = yoy.findings.filter((f) => f.status === 'fail');
  return (
    <section class="bl-yoy" data-bl-yoy>
      <h3>
        同比：{columnTitle(newer)} 对 {older.year}年
      </h3>
      <p data-bl-yoy-summary>
        核对{columnTitle(newer)}的同比说明 {yoy.findings.length} 处：
        <b class={bad.length ? 'bl-fail' : 'bl-ok'}>不符 {bad.length}</b>，尾差 {yoy.findings.filter((f) => f.status === 'rounding').length}，一致{' '}
        {yoy.findings.filter((f) => f.status === 'pass').length}
        {newer.claims.length === 0 && '（该文档没有可核对的同比说明）'}
        {yoy.unmatchedClaims > 0 && `；另有 ${yoy.unmatchedClaims} 处未核对（上年文档无此数，或说明的口径与表不同）`}
      </p>
      {yoy.findings.length > 0 && (
        <ul class="bl-findings">
          {yoy.findings
            .filter((f) => f.status !== 'pass')
            .sort((a, b) => order(a.status) - order(b.status))
            .map((f) => (
              <li key={f.id} data-bl-yoy-finding data-status={f.status}>
                <b class={`bl-st-${f.status}`}>{STATUS_LABEL[f.status]}</b> {f.message}
                {f.status !== 'pass' && (
                  <div class="bl-cite">
                    <SourceLink url={f.sources[0]!.url}>{f.sources[0]!.title}</SourceLink>：“{f.refs[0]!.text}”
                    <br />
                    <SourceLink url={f.sources[1]!.url}>{f.sources[1]!.title}</SourceLink>：{f.refs[1]!.text} {f.refs[1]!.value}
                  </div>
                )}
              </li>
            ))}
        </ul>
      )}
      {yoy.findings.some((f) => f.status === 'pass') && (
        <details>
          <summary>一致的 {yoy.findings.filter((f) => f.status === 'pass').length} 处</summary>
          <ul class="bl-findings">
            {yoy.findings
              .filter((f) => f.status === 'pass')
              .map((f) => (
                <li key={f.id} data-bl-yoy-finding data-status="pass">
                  <b class="bl-st-pass">{STATUS_LABEL.pass}</b> {f.message}
                </li>
              ))}
          </ul>
        </details>
      )}
      <table class="bl-compare-table">
        <thead>
          <tr>
            <th />
            <th>{older.year}年</th>
            <th>{newer.year}年</th>
            <th>增减</th>
            <th>%</th>
          </tr>
        </thead>
        <tbody>
          {yoy.changes.map((c) => (
            <tr key={c.key} data-key={c.key}>
              <th scope="row">{c.label}</th>
              <td>{c.older}</td>
              <td>{c.newer}</td>
              <td>{c.difference}</td>
              <td>{c.changePct}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const order = (s: string) => (s === 'fail' ? 0 : s === 'rounding' ? 1 : 2);
