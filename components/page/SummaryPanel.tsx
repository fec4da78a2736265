// The in-page panel (inside the shadow root): counts per status and the failing checks.
// Text is rendered by Preact as text nodes — never as HTML.
import type { Report } from '../../lib/report/schema';

export function SummaryPanel({ report }: { report: Report }) {
  const fails = report.findings.filter((f) => f.status === 'fail');
  const s = report.summary;
  return (
    <aside class="bl-panel" aria-label="预算透镜核查结果">
      <header>
        <strong>预算透镜</strong>
        <span class="bl-counts">
          核查 {s.checks} 项 · <span class="bl-fail">不符 {s.fail}</span> · <span class="bl-rounding">尾差 {s.rounding}</span> ·{' '}
          一致 {s.pass}
        </span>
      </header>
      <ol class="bl-findings">
        {fails.map((f) => (
          <li key={f.id} data-bl-finding={f.id} data-bl-status={f.status}>
            {f.message}
          </li>
        ))}
      </ol>
    </aside>
  );
}
