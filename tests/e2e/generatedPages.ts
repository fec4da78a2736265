// Large test pages made from the committed fixtures at test time (not committed themselves).
import { readFileSync } from 'node:fs';
import { fixturePath } from '../shared';

/**
 * The 10,000-row 部门支出总体情况表 (tests/fixtures/hostile/rows-10000.html, all sums right) with
 * the 合计 of every fifth item row misprinted as 0.00: ~2,000 failing rows, as the audit's page had.
 * `clock`: the page also rewrites a clock element every 16 ms (a page that never stops changing).
 */
export function rowsWithFailures(options: { clock?: boolean } = {}): { html: string; misprinted: number } {
  let misprinted = 0;
  let html = readFileSync(fixturePath('hostile', 'rows-10000.html'), 'utf8').replace(
    /<tr><td>(\d{7})<\/td><td>项目(\d+)<\/td><td>([\d,.]+)<\/td>/g,
    (row, code: string, n: string, total: string) => {
      if (Number(n) % 5 !== 0 || total === '0.00') return row;
      misprinted++;
      return `<tr><td>${code}</td><td>项目${n}</td><td>0.00</td>`;
    },
  );
  if (options.clock) html = html.replace('</body>', '<div id="clock"></div><script>setInterval(() => { document.getElementById("clock").textContent = String(performance.now()); }, 16);</script></body>');
  return { html, misprinted };
}
