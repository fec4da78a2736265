// What each standard table IS, whatever the region calls it: one profile per role, as data.
// A regional variant is a pattern added here; "where is the 三公 table's knowledge?" → its profile.
// Titles are matched on their core (numbering, year and department name stripped, see
// tableTitleCore), most specific role first, so 财政拨款收支总表 is never taken for 收支总表 and
// 一般公共预算财政拨款基本支出决算表 never for 支出决算表.

export type TableRole =
  | 'overview'
  | 'income'
  | 'expense'
  | 'fiscalOverview'
  | 'fiscalExpense'
  | 'fiscalBasic'
  | 'generalExpense'
  | 'generalBasic'
  | 'generalEconomic'
  | 'basicExpense'
  | 'projectExpense'
  | 'operatingCost'
  | 'threePublic'
  | 'govFund'
  | 'stateCapital'
  | 'procurement'
  | 'purchaseService'
  | 'performance'
  | 'carryover'
  | 'info';

export interface RoleProfile {
  role: TableRole;
  /** How a reader names the role (Chinese, English). */
  name: { zh: string; en: string };
  /** Title cores that name this role (any one). */
  titles: RegExp[];
  /** Title cores that look alike but are another role. */
  notTitles?: RegExp[];
  /** Sides of a two-sided layout, in print order (income | expense). */
  sides?: string[];
  /** Header signature for a table printed without a usable title (columns folded, joined by '|'). */
  signature?: (columns: string, hasEconomicCodes: boolean, hasFunctionCodes: boolean) => boolean;
}

// "(部门|单位)…表" for the generic names: only a department/unit word, or nothing, may stand before.
const GENERIC = '(?:^|部门|单位|市级部门|预算单位)';

/** In match order: the first profile whose title pattern matches wins. */
export const ROLE_PROFILES: readonly RoleProfile[] = [
  { role: 'info', name: { zh: '相关信息统计表', en: 'related statistics' }, titles: [/相关信息统计表|机构运行信息/] },
  {
    role: 'performance',
    name: { zh: '绩效目标表', en: 'performance targets' },
    titles: [/绩效(目标|自评|指标)?.*表$/],
  },
  {
    role: 'threePublic',
    name: { zh: '“三公”经费表', en: '"three public" expenses' },
    titles: [/三公/],
    signature: (c) => /因公出国/.test(c) && /公务接待/.test(c),
  },
  { role: 'operatingCost', name: { zh: '机关运行经费表', en: 'operating costs' }, titles: [/机关运行经费/] },
  {
    role: 'procurement',
    name: { zh: '政府采购预算表', en: 'government procurement' },
    titles: [/政府采购/],
    signature: (c) => /集中采购/.test(c) && /分散采购/.test(c),
  },
  { role: 'purchaseService', name: { zh: '政府购买服务表', en: 'government-purchased services' }, titles: [/政府购买服务/] },
  { role: 'carryover', name: { zh: '财政拨款结转资金表', en: 'carried-over funds' }, titles: [/结转(结余)?(资金)?.*表$/], notTitles: [/收支|收入支出/] },
  { role: 'govFund', name: { zh: '政府性基金预算表', en: 'government fund budget' }, titles: [/政府性基金/] },
  { role: 'stateCapital', name: { zh: '国有资本经营预算表', en: 'state capital operations budget' }, titles: [/国有资本经营/] },
  {
    role: 'fiscalOverview',
    name: { zh: '财政拨款收支总表', en: 'fiscal appropriations overview' },
    titles: [/财政拨款收(入)?支(出)?(预算|决算)?(总体情况|总|情况)表$/],
    sides: ['income', 'expense'],
  },
  {
    role: 'generalBasic',
    name: { zh: '一般公共预算基本支出表', en: 'general public budget basic expenditure' },
    titles: [/一般公共预算(财政拨款)?基本支出/],
    signature: (c, econ) => econ && /人员经费/.test(c) && /公用经费/.test(c),
  },
  { role: 'generalEconomic', name: { zh: '一般公共预算支出经济分类表', en: 'general public budget by economic class' }, titles: [/一般公共预算(财政拨款)?支出.*经济分类/] },
  { role: 'generalExpense', name: { zh: '一般公共预算支出表', en: 'general public budget expenditure' }, titles: [/一般公共预算(财政拨款)?支出/] },
  { role: 'fiscalBasic', name: { zh: '财政拨款基本支出表', en: 'fiscal appropriations basic expenditure' }, titles: [/财政拨款基本支出/] },
  { role: 'fiscalExpense', name: { zh: '财政拨款支出表', en: 'fiscal appropriations expenditure' }, titles: [/财政拨款支出(预算|决算)?(明细|情况)?表$/] },
  { role: 'basicExpense', name: { zh: '基本支出表', en: 'basic expenditure' }, titles: [new RegExp(`${GENERIC}基本支出(预算|决算)?(总|明细|情况)?表$`)] },
  { role: 'projectExpense', name: { zh: '项目支出表', en: 'project expenditure' }, titles: [new RegExp(`${GENERIC}项目支出(预算|决算)?(总|明细|情况)?表$`), /专项业务经费(支出)?(预算)?表$/] },
  {
    role: 'overview',
    name: { zh: '收支总表', en: 'income and expenditure overview' },
    titles: [/收(入)?支(出)?(预算|决算)?(总体情况|总)表$/, /财务收支(预算)?总表$/],
    sides: ['income', 'expense'],
  },
  { role: 'income', name: { zh: '收入总表', en: 'income' }, titles: [new RegExp(`${GENERIC}收入(预算|决算)?(总体情况|总|情况)?表$`)] },
  { role: 'expense', name: { zh: '支出总表', en: 'expenditure' }, titles: [new RegExp(`${GENERIC}支出(预算|决算)?(总体情况|总|情况)?表$`)] },
];

const BY_ROLE = new Map(ROLE_PROFILES.map((p) => [p.role, p]));

export function roleProfile(role: string): RoleProfile | undefined {
  return BY_ROLE.get(role as TableRole);
}

/** The role part of a kind ("budget.threePublic" → "threePublic"). */
export function roleOfKind(kind: string): TableRole | null {
  const r = kind.split('.')[1];
  return r && BY_ROLE.has(r as TableRole) ? (r as TableRole) : null;
}

const NUMBERING = /^(?:第[一二三四五六七八九十]+部分)?(?:(?:附|预算|公开)?表(?:[0-9]+(?:[-－—–][0-9]+)?|[一二三四五六七八九十]+(?!般))表?[、.．:：]?|(?:附|预算|公开)[0-9]+表[、.．:：]?|[0-9一二三四五六七八九十]+[、.．:：]|[(][一二三四五六七八九十0-9]+[)])/;

/**
 * The part of a printed title that names the table: without its numbering ("表7：", "十一、",
 * "预算01表", "公开 04 表", "1．"), year ("2026年", "2017 年度") and the department or unit name
 * before 部门/单位 — the profiles' patterns read only this.
 */
export function tableTitleCore(title: string): string {
  let t = title
    .replace(/\s+/g, '')
    .replace(/^[#*\-]+/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/決/g, '决')
    .replace(/[“”"‘’]/g, '')
    .replace(/[(](表|附表)?[0-9一二三四五六七八九十]+[)]$/, '')
    // a qualifier after the name: "财政拨款支出预算表（功能科目）", "…表(按经济分类)"
    .replace(/表[(][^()]{1,12}[)]$/, '表');
  for (let i = 0; i < 2; i++) t = t.replace(NUMBERING, '');
  // a page or list number glued to the title by the extraction ("4收入支出决算总表")
  t = t.replace(/^[0-9]{1,3}(?=[\u4e00-\u9fff])/, '');
  t = t.replace(/^.*?[0-9]{4}年度?/, '');
  return t;
}

/** The role a printed title names, or null. Never guesses from a partial word. */
export function roleByTitle(title: string | null | undefined): TableRole | null {
  if (!title) return null;
  const core = tableTitleCore(title);
  if (!/表$/.test(core) && !/表[(（]/.test(core)) return null;
  for (const p of ROLE_PROFILES) {
    if (p.titles.some((re) => re.test(core)) && !(p.notTitles ?? []).some((re) => re.test(core))) return p.role;
  }
  return null;
}

/** Budget or final from the title's own words, else the document's. */
export function tableDocKind(title: string | null | undefined, docKind: 'budget' | 'final' | 'unknown'): 'budget' | 'final' {
  const t = title ?? '';
  if (/决算|決算/.test(t)) return 'final';
  if (docKind !== 'unknown') return docKind;
  return 'budget';
}
