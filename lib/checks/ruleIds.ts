// The one list of rule ids a finding can carry (the contract's `rule`). docs/rules.md is written
// from it (`npm run schema`), and a test keeps every finding the engine makes inside it.

export const RULE_IDS = {
  rowSums: { zh: '行内：表头分组的合计/小计 = 其下各列之和', en: 'Across a row: a header group’s 合计/小计 equals the columns under it' },
  'rowSums.fundsVsTypes': { zh: '政府采购表：按资金来源的合计 = 按项目类型的合计', en: 'Procurement: total by fund source equals total by procurement kind' },
  columnSums: { zh: '列内：上级行 = 下级行之和（合计 = Σ 类，类 = Σ 款，款 = Σ 项，部门 = Σ 单位）', en: 'Down a column: a parent row equals the sum of its child rows' },
  twoSided: { zh: '收支总表：各级合计与总计', en: 'Two-sided tables: year totals and grand totals' },
  'twoSided.balance': { zh: '收支总表：收入总计 = 支出总计', en: 'Two-sided tables: income grand total equals expenditure grand total' },
  infoTable: { zh: '相关信息统计表：各项合计', en: 'Statistics table: its totals' },
  crossTable: { zh: '表间：同一口径的数字在两张表中相等', en: 'Between tables: the same figure agrees in both' },
  'narrative.components': { zh: '说明：所列各项之和 = 总数', en: 'Narrative: listed parts add up to the total' },
  'narrative.share': { zh: '说明：占比 = 分项 ÷ 总数', en: 'Narrative: a share equals part ÷ whole' },
  'narrative.changePct': { zh: '说明：增减百分比与增减额、基数一致', en: 'Narrative: a percentage change agrees with its amounts' },
  'narrative.delta': { zh: '说明：增减额 = 本年数 − 上年数', en: 'Narrative: a change equals this year minus the base' },
  'narrative.direction': { zh: '说明：增加/减少的说法与数字方向一致', en: 'Narrative: the direction word agrees with the figures' },
  'narrative.flat': { zh: '说明：“持平”时增减为零', en: 'Narrative: “unchanged” means no change' },
  'narrative.rate': { zh: '说明：完成率 = 决算数 ÷ 预算数', en: 'Narrative: an execution rate equals final ÷ budget' },
  'narrative.table': { zh: '说明与表格：说明中的数字与表中相同科目的数字相等', en: 'Narrative vs tables: a figure equals the table’s' },
  'narrative.partOfWhole': { zh: '说明与表格：部分不超过整体', en: 'Narrative vs tables: a part does not exceed its whole' },
  'narrative.versusBudget': { zh: '说明：“决算数大于/小于/等于预算数”与数字一致', en: 'Narrative: “final above/below/equal to budget” agrees with the figures' },
  'narrative.itemBudget': { zh: '说明：逐项预算句（项目金额、预算安排、执行数、增减百分比）', en: 'Narrative: per-item budget sentences' },
  'narrative.names': { zh: '说明与表格：同一科目编码的名称一致', en: 'Narrative vs tables: the same code carries the same name' },
  'completeness.missing': { zh: '完整性：目录列出的表在正文中缺失', en: 'Completeness: a table the contents list is absent' },
  'completeness.unmatched': { zh: '完整性：目录中有未能与正文表格对应的条目', en: 'Completeness: contents lines not matched to a table' },
  'completeness.standardMissing': { zh: '完整性：本类文件应有的标准表缺失', en: 'Completeness: a standard table of this kind is absent' },
  'completeness.emptyWithoutNote': { zh: '完整性：空表未注明“本表无数据”', en: 'Completeness: an empty table without a note' },
  'completeness.narrativeOnly': { zh: '完整性：文件只有说明，表格另行公开', en: 'Completeness: narrative only, tables published apart' },
  'completeness.tablesOnly': { zh: '完整性：文件只有表格，说明另行公开', en: 'Completeness: tables only, narrative published apart' },
  'completeness.imageTables': { zh: '完整性：表格为图片，无法核查', en: 'Completeness: tables are pictures and cannot be checked' },
  'text.glyph': { zh: '文字：无法显示的字符（替换符、私用区字符、孤立部首）', en: 'Text: characters that do not display' },
  'text.repeated': { zh: '文字：同一段文字紧接着重复出现', en: 'Text: a passage printed twice in a row' },
  'text.punctuation': { zh: '文字：标点重复或句末缺标点', en: 'Text: doubled or missing sentence punctuation' },
  'text.brackets': { zh: '文字：引号或括号不成对', en: 'Text: unbalanced quotes or brackets' },
  'text.cutOff': { zh: '文字：句子不完整（如“主要原因是。”）', en: 'Text: a sentence cut off' },
  'text.emptyPage': { zh: '文字：章节之间的空白页（除页码外没有内容）', en: 'Text: an empty page between sections (nothing but a page number)' },
  'text.year': { zh: '文字：比较年份与文件年度矛盾', en: 'Text: a year that contradicts the document’s year' },
  'text.scope': { zh: '文字：部门预算与单位预算的说法不一致', en: 'Text: 部门 vs 单位 wording that contradicts the document' },
  damagedCell: { zh: '提取：单元格数字残缺，相关核对未进行', en: 'Extraction: a damaged number; its checks did not run' },
  'engine.ruleFailed': { zh: '引擎：某一核对规则出错，其结果缺失（其余核对不受影响）', en: 'Engine: a rule family failed; its results are missing (the rest stand)' },
} as const;

export type RuleId = keyof typeof RULE_IDS;

export const isRuleId = (id: string): id is RuleId => Object.prototype.hasOwnProperty.call(RULE_IDS, id);

/** docs/rules.md, written by `npm run schema`. */
export function rulesMarkdown(): string {
  const lines = ['# Rule ids', '', 'Every finding carries one of these ids in `rule` (lib/checks/ruleIds.ts; written by `npm run schema`).', '', '| rule | 中文 | English |', '|---|---|---|'];
  for (const [id, t] of Object.entries(RULE_IDS)) lines.push(`| \`${id}\` | ${t.zh} | ${t.en} |`);
  return lines.join('\n') + '\n';
}
