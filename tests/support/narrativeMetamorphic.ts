// Metamorphic rewrites of a 情况说明 text: each prints the same statements the way another region
// words them (比上年/较上年/同比/与上年相比, 下降/减少/降低, 占/占比/所占比重为, full-width digits,
// thousands separators, a space before the unit) and must not change what the narrative checks
// find. Amounts are rewritten as strings, never through floating point. Test support only.
import { parseHTML } from 'linkedom';
import { Decimal } from '../../lib/amount/index';
import { times10000 } from './metamorphic';
import type { DocModel, Finding } from '../../lib/report/schema';
import { runChecks } from '../../lib/checks/registry';
import { narrativeCoverage } from '../../lib/checks/narrativeCoverage';
import { extractNarrative } from '../../lib/extract/narrative/index';
import { loadSeed } from './seedModels';
import { readdirSync, readFileSync } from 'node:fs';
import { checkDocument } from '../../lib/checkDocument';
import { extractHtml } from '../../lib/extract/html/index';
import { fixturePath } from '../shared';

const FULL = '０１２３４５６７８９';
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)(\s*)(万元|%)/g;

/** "12.5%" → "１２．５％", "1,234.56万元" → "１，２３４．５６万元" (figures only, not years or codes). */
export function fullWidthFigures(text: string): string {
  return text.replace(AMOUNT, (_, n: string, sp: string, unit: string) => {
    const wide = n.replace(/\d/g, (d) => FULL[Number(d)]!).replace(/\./g, '．').replace(/,/g, '，');
    return `${wide}${sp}${unit === '%' ? '％' : unit}`;
  });
}

/** Thousands separators added where absent ("1234.56万元" → "1,234.56万元") and removed where present. */
export function toggleThousands(text: string): string {
  return text.replace(/(?<![\d.,])(\d[\d,]*)(\.\d+)(\s*)万元/g, (_, int: string, frac: string, sp: string) => {
    const bare = int.replace(/,/g, '');
    const grouped = int.includes(',') ? bare : bare.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${grouped}${frac}${sp}万元`;
  });
}

/** "1234.56万元" → "1234.56 万元". */
export function spaceBeforeUnit(text: string): string {
  return text.replace(/(\d)(万元|%)/g, '$1 $2');
}

/** 同比/较上年 before a change → 比上年 ("同比减少3,090.19万元" → "比上年减少3,090.19万元"). */
export function comparedWithLastYear(text: string): string {
  return text.replace(/(?:同比|较上年)(增加|减少)(?=\s*\d)/g, '比上年$1');
}

/** 同比/比上年 → 较上年, and "增长Y%" → "增幅Y%" ("降幅" for 下降). */
export function comparedWithIncreaseRate(text: string): string {
  return text
    .replace(/(?:同比|比上年)(增加|减少)(?=\s*\d)/g, '较上年$1')
    // a seed's own contradiction ("减少增长41.84%") is kept as printed: 减少增幅 would say something else
    .replace(/(?<!增加|减少)(?:同比)?增长(?=\s*\d[\d.]*\s*%)/g, '增幅')
    .replace(/(?<!增加|减少)(?:同比)?下降(?=\s*\d[\d.]*\s*%)/g, '降幅');
}

/** 比上年/较上年 → 同比. */
export function yearOnYear(text: string): string {
  return text.replace(/(?:比上年|较上年)(?:决算|预算)?数?(增加|减少)(?=\s*\d)/g, '同比$1');
}

/** 同比/比上年/较上年 → "与上年相比，". */
export function withLastYearClause(text: string): string {
  return text.replace(/(?:同比|比上年|较上年)(增加|减少)(?=\s*\d)/g, '与上年相比，$1');
}

/** 上年 named by its year ("比上年增加" → "比2023年增加"). */
export function namedPreviousYear(text: string, previousYear: number): string {
  return text.replace(/(?:同比|比上年|较上年)(增加|减少)(?=\s*\d)/g, `比${previousYear}年$1`).replace(/与上年(相比|持平)/g, `与${previousYear}年$1`);
}

/** 下降 → 降低, and an amount's 减少 → 下降 (same meaning; cause clauses keep their words). */
export function downSynonyms(text: string): string {
  return text.replace(/下降(?=\s*\d)/g, '降低').replace(/减少(?=\s*\d)/g, '下降');
}

/** 增长 → 上升 before a percentage, 增加 → 增长 before an amount (a seed's "减少增长" kept as printed). */
export function upSynonyms(text: string): string {
  return text.replace(/(?<!减少)增长(?=\s*\d[\d.,]*\s*%)/g, '上升').replace(/增加(?=\s*\d[\d.,]*\s*万元)/g, '增长');
}

/** "，与上年持平" → "，持平" (a bare 持平 after the amount). */
export function bareFlat(text: string): string {
  return text.replace(/(万元)，与上年持平/g, '$1，持平');
}

/** "占X%" → "占比X%" where no base is named. */
export function shareAsProportion(text: string): string {
  return text.replace(/占(?=\s*\d[\d.]*\s*%)/g, '占比');
}

/** "占X%" → "所占比重为X%" where no base is named. */
export function shareAsWeight(text: string): string {
  return text.replace(/占(?=\s*\d[\d.]*\s*%)/g, '所占比重为');
}

/** "占支出总预算91.45%" ↔ "占支出总预算的91.45%". */
export function shareOfToggle(text: string): string {
  return text.replace(/占([^\d，,。；;、%（）()\s]{2,14}?)(的?)(?=\s*\d[\d.]*\s*%)/g, (_, base: string, de: string) => `占${base}${de ? '' : '的'}`);
}

/** Previous year of a fixture named "…-2024-budget.txt" / "…-2023-final.txt". */
export function previousYearOf(file: string): number {
  const y = Number(/-(\d{4})-/.exec(file)?.[1]);
  return y - 1;
}

/** What must not change: each narrative finding as rule + status + the figures it read
 * (statement subject, role, value) — never offsets or ids. */
export function narrativeKeys(doc: Pick<DocModel, "narrative">, findings: Finding[]): string[] {
  const figs = new Map<string, string>();
  for (const st of doc.narrative?.statements ?? []) {
    // an amount printed in 元 is keyed in 万元, so a 万元 → 元 rewrite keys the same figure alike
    for (const f of st.figures) figs.set(f.id, `${st.subject}:${f.role}=${f.unit === '元' && f.value ? new Decimal(f.value).div(10000).toString() : f.value && f.unit === '万元' ? new Decimal(f.value).toString() : f.value}`);
  }
  return findings
    .filter((f) => f.rule.startsWith('narrative') || f.rule.startsWith('itemBudget'))
    .map((f) => {
      const read = f.refs.filter((r) => r.figure).map((r) => figs.get(r.figure!) ?? '?');
      return `${f.rule} ${f.status} ${read.sort().join(' ')}`;
    })
    .sort();
}

/** A text rewrite applied to an HTML page's prose only: text nodes outside <table>, <script>, <style>. */
export function inProse(html: string, rewrite: (text: string) => string): string {
  const { document } = parseHTML(html);
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) c.nodeValue = rewrite(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !/^(table|script|style)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(document.documentElement as unknown as Node);
  return document.toString();
}

/** 万元 → 元 in the prose: "3,090.19万元" → "30,901,900.00元" (exact string shift; amounts without decimals kept). */
export function proseToYuan(text: string): string {
  return text.replace(/(\d[\d,]*\.\d+)(\s*)万元/g, (m, n: string, sp: string) => {
    const scaled = times10000(n);
    return scaled === n ? m : `${scaled}${sp}元`;
  });
}

// ---- Round 3: habits of other regions not covered above --------------------------------------

/** A PDF line break inside figures: after the decimal point of a percentage ("23.\n06%") and
 * between 万 and 元 ("3,090.19万\n元"). */
export function wrapInsideFigures(text: string): string {
  return text.replace(/(\d)\.(\d+)(\s*)%/g, '$1.\n$2$3%').replace(/(\d)(\s*)万元/g, '$1$2万\n元');
}

const CHANGE = '(?:同比|比上年|较上年|与上年相比，?)?(?:增加|减少)\\d[\\d,]*\\.\\d+万元[，,](?:同比)?(?:增长|下降)\\d+\\.\\d+%';

/** The change stated before the figure, the figure in a sentence of its own after it:
 * "单位资金84.20万元,同比增加26.20万元,同比增长45.17%。" → "单位资金同比增加26.20万元,同比增长45.17%。单位资金为84.20万元。"
 * Only whole sentences "subject amount, change, rate。" whose subject names no list around them. */
export function changeBeforeFigure(text: string): string {
  const re = new RegExp(`(^|[。\\n])([^，,。；;：:\\n()（）、.]{2,24}?)(\\d[\\d,]*\\.\\d+)万元[，,](${CHANGE})。`, 'g');
  return text.replace(re, (m, start: string, subject: string, amount: string, change: string) =>
    /其中|包括|比|较|^[-\s]*$/.test(subject) ? m : `${start}${subject}${change}。${subject.replace(/^[-\s]+/, '')}为${amount}万元。`);
}

/** A numbered item "1. " / "1、" at a line start (after a list dash): lead, number. */
const NUMBERED_ITEM = /^([-\s]*)(\d{1,2})[.、．]\s*(?=\D)/gm;

/** Numbered items "1. " / "1、" at a line start → "（1）". */
export function parenArabicItems(text: string): string {
  return text.replace(NUMBERED_ITEM, '$1（$2）');
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnNumber = (n: number): string => (n < 10 ? CN_DIGITS[n]! : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${CN_DIGITS[n % 10]}`);
/** Numbered items "1. " at a line start → "一是" ("12、" → "十二是"). */
export function itemsAsOneIs(text: string): string {
  return text.replace(NUMBERED_ITEM, (_, lead: string, d: string) => `${lead}${cnNumber(Number(d))}是`);
}

/** A comparison with last year before a change in amount ("同比增加" + digits): the direction word. */
const LAST_YEAR_CHANGE = /(?:同比|比上年|较上年)(增加|减少)(?=\s*\d)/g;

/** 比上年/较上年/同比 → 较上年同期. */
export function samePeriodLastYear(text: string): string {
  return text.replace(LAST_YEAR_CHANGE, '较上年同期$1');
}

/** 比上年/同比 → 比上年决算 (final accounts) / 比上年预算数 (budgets). */
export function lastYearOfKind(text: string, file: string): string {
  const base = /final/.test(file) ? '比上年决算' : '比上年预算数';
  return text.replace(LAST_YEAR_CHANGE, `${base}$1`);
}

/** A change in percentage points after each share ("占X%" → "占X%，比上年提高0.50个百分点"). */
export function sharePoints(text: string): string {
  return text.replace(/(占[^，,。；;\d]{0,14}\d+(?:\.\d+)?%)(?=[，,。；;])/g, '$1，比上年提高0.50个百分点');
}

/** The change as an approximate figure ("同比减少39.20万元" → "同比减少约39万元"). */
export function approximateChanges(text: string): string {
  return text.replace(/((?:同比|比上年|较上年)(?:增加|减少))(\d[\d,]*)\.\d+万元/g, '$1约$2万元');
}

/** A seed's tables with `text` as its narrative: the narrative findings' keys and the statements checked. */
export function narrativeVerdicts(seed: string, text: string): { keys: string[]; checked: number } {
  const doc: DocModel = { ...loadSeed(seed)!, narrative: extractNarrative(text) };
  const { findings } = runChecks(doc);
  return { keys: narrativeKeys(doc, findings), checked: narrativeCoverage(doc, findings).checkedStatements };
}

/** A rewrite of a narrative text; `file` names the seed file (or carries the page's kind or year). */
export type Transform = (text: string, file: string) => string;

/** The seeds' 情况说明 as text (tests/fixtures/narrative). */
export const NARRATIVE_DIR = fixturePath('narrative');
export const NARRATIVE_FILES = readdirSync(NARRATIVE_DIR).filter((f) => f.endsWith('.txt')).sort();

/** The HTML seeds and regional pages with a narrative. */
export const NARRATIVE_PAGES: string[] = [
  ...['001-sample', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286'].map((n) => `html/${n}`),
  ...['sichuan-budget-yoy', 'henan-final-yuan', 'shandong-budget-annex', 'shanghai-budget-yuan'].map((n) => `regional/${n}`),
];

export function pageHtml(name: string): string {
  const [dirName, file] = name.split('/') as [string, string];
  return readFileSync(fixturePath(dirName, `${file}.html`), 'utf8');
}

/** A page checked whole: its narrative findings' keys and the statements checked. */
export function pageVerdicts(html: string, name: string): { keys: string[]; checked: number } {
  const r = checkDocument(extractHtml(html, name).doc);
  return { keys: narrativeKeys(r, r.findings), checked: r.coverage?.checkedStatements ?? 0 };
}
