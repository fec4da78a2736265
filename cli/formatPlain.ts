// The readable Chinese (or English) summary the CLI prints without --json: which document,
// which tables were found, and every failing check with its computation.
import type { Finding, Report } from '../lib/report/schema';
import { causeCounts, causeHeadline, rootCauses } from '../lib/report/rootCauses';
import { tableShortName } from '../lib/tables/shortName';

const KIND_ZH = { budget: '部门预算', final: '部门决算', unknown: '未识别' } as const;
const KIND_EN = { budget: 'department budget', final: 'final accounts', unknown: 'unknown' } as const;

export function formatPlain(report: Report, opts: { lang: 'zh' | 'en'; showRounding: boolean }): string {
  const zh = opts.lang === 'zh';
  const out: string[] = [];
  const doc = [report.department, report.year ? (zh ? `${report.year}年` : String(report.year)) : null,
    zh ? KIND_ZH[report.kind] : KIND_EN[report.kind]].filter(Boolean).join(' ');
  out.push(zh ? `■ ${report.source}（${report.format.toUpperCase()}）` : `■ ${report.source} (${report.format.toUpperCase()})`);
  out.push(zh ? `  文档：${doc}${report.unit ? `，单位：${report.unit}` : ''}` : `  Document: ${doc}${report.unit ? `, unit: ${report.unit}` : ''}`);
  out.push(zh ? `  识别表格 ${report.tables.length} 张：` : `  Tables found: ${report.tables.length}`);
  for (const t of report.tables) {
    const where = t.page != null ? (zh ? `，第${t.page}页` : `, p.${t.page}`) : '';
    const empty = t.rows.length === 0 ? (zh ? '，无数据' : ', empty') : '';
    const unrecognised = t.kind === 'other' ? (zh ? '，未识别' : ', not recognised') : '';
    const unit = t.unit ? (zh ? `，${t.unit}` : `, ${t.unit}`) : '';
    out.push(`    ${tableShortName(t)} ${t.title}（${t.rows.length}${zh ? '行' : ' rows'}×${t.columns.length}${zh ? '列' : ' cols'}${unit}${where}${empty}${unrecognised}）`);
  }
  out.push(...formatCoverage(report, zh));
  // Notes about the file itself (only a narrative, only tables, tables as pictures), once each.
  for (const f of report.findings.filter((x) => x.severity === 'info' && x.status === 'pass' && /^(completeness|engine)\./.test(x.rule)))
    out.push(`  ${zh ? 'ℹ 说明' : 'ℹ note'} [${f.rule}] ${zh ? f.message : f.messageEn ?? f.message}`);
  const statements = report.narrative?.statements.length ?? 0;
  if (report.narrative) out.push(zh ? `  说明文字中的数字陈述 ${statements} 条` : `  Narrative figure statements: ${statements}`);
  const s = report.summary;
  out.push(zh
    ? `  核查 ${s.checks} 项：一致 ${s.pass}，尾差 ${s.rounding}，不符 ${s.fail}`
    : `  Checks: ${s.checks}: pass ${s.pass}, rounding ${s.rounding}, fail ${s.fail}`);
  // Root causes, as the page and the viewer count them: one misprinted cell breaks several identities.
  out.push(`  ${causeHeadline(causeCounts(report), opts.lang)}`);
  const shown = report.findings.filter((f) => f.status === 'fail' || (opts.showRounding && f.status === 'rounding'));
  for (const cause of rootCauses(shown)) {
    out.push(formatFinding(cause.primary, zh));
    if (!cause.also.length) continue;
    const rules = [...new Set(cause.also.map((g) => g.rule))].join(', ');
    out.push(zh ? `      同一原因另有 ${cause.also.length} 项核对不成立（${rules}）` : `      same cause breaks ${cause.also.length} more identities (${rules})`);
  }
  return out.join('\n');
}

function formatFinding(f: Finding, zh: boolean): string {
  const tag = f.status === 'fail' ? (f.severity === 'error' ? (zh ? '✗ 不符' : '✗ FAIL') : (zh ? '! 存疑' : '! WARN')) : (zh ? '≈ 尾差' : '≈ rounding');
  const msg = zh ? f.message : f.messageEn ?? f.message;
  const diff = f.difference ? (zh ? `（差额 ${f.difference}）` : ` (difference ${f.difference})`) : '';
  return `  ${tag} [${f.rule}] ${msg}${diff}`;
}

/** What was not checked, so a reader never takes silence for a clean bill (未识别 / 未核对). */
export function formatCoverage(report: Report, zh: boolean): string[] {
  const c = report.coverage;
  if (!c) return [];
  const pct = c.cells > 0 ? Math.round((100 * c.checkedCells) / c.cells) : 0;
  const out = [zh
    ? `  覆盖：已识别 ${c.recognised}/${c.tables} 表 · 已核对 ${pct}% 的表内数字（${c.checkedCells}/${c.cells}）· 说明陈述已核对 ${c.checkedStatements}/${c.statements} · 未核对 ${c.notChecked.length} 项`
    : `  Coverage: ${c.recognised}/${c.tables} tables recognised · ${pct}% of table figures checked (${c.checkedCells}/${c.cells}) · statements checked ${c.checkedStatements}/${c.statements} · ${c.notChecked.length} items not checked`];
  const shown = c.notChecked.slice(0, 12);
  for (const n of shown) out.push(`    ${zh ? '未核对' : 'not checked'}：${n.what} — ${zh ? n.reason : n.reasonEn ?? n.reason}`);
  if (c.notChecked.length > shown.length) out.push(zh ? `    …另有 ${c.notChecked.length - shown.length} 项（--json 中 coverage.notChecked 列出全部）` : `    … ${c.notChecked.length - shown.length} more (all in --json coverage.notChecked)`);
  return out;
}
