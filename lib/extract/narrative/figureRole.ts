// What a number is, read from the words just before it (its "lead clause": the text since the
// previous figure or separator). The words also name the subject when the clause starts a new one:
// "，基本支出预算2,547.75万元" → amount of 基本支出; "，同比减少39.20万元" → delta, no subject.
import type { FigureRole } from '../../report/schema';

export interface RoleReading {
  role: FigureRole;
  /** Phrase naming the subject (before the role words); '' when the clause names none. */
  subjectPhrase: string;
  /** For shares: the base as printed ("支出总预算"), '' when not named ("占100.00%"). */
  shareOf?: string;
  direction?: 'up' | 'down' | null;
  /** Direction words exactly as printed, all of them ("减少增长" when they disagree). */
  directionWord?: string | null;
  /** Year of a comparison base ("比2023年预算"). */
  year?: number | null;
}

const UP = /增加|增长|上升|提高|增幅|增/;
const DIRECTION_RUN = /((?:增加|增长|上升|提高|增幅|减少|下降|降低|降幅|减)+)了?(为|达)?$/;
/** Comparison phrases ahead of a direction word ("同比", "与上年相比", "较上年决算", "比2023年"). */
// "比上年执行数", "较上年预算执行数" (Zhejiang, Shanghai) compare with last year's outturn.
// "较上年同期", "与上年同期相比" (Guangdong, Jiangsu) compare with last year too.
const COMPARISON = /(同比|与(上年|去年)度?(同期)?相比|较(上年|去年)度?(同期)?(决算|预算)?(执行)?数?|比(上年|去年)度?(同期)?(决算|预算)?(执行)?数?|与?较?比?\d{4}年度?(决算|预算)?(执行)?数?(相比)?)$/;
const PREVIOUS = /比(\d{4}年度?|上年度?|去年)(同期)?(决算|预算)?(执行)?数?的?(为)?$/;
/** Last year's figure named on its own ("，上年预算210.00万元，增加…", "上年为0"): never a subject. */
const LAST_YEAR = /^(上年|去年|上一年|上年度|上一年度)(同期)?的?(决算|预算)?(执行)?数?(为|是)?$/;
const BUDGET_BASE = /(年初|全年)预算数?(为|是)?$/;
const PLANNED = /预算数?(为|是)$/;
// "完成年初预算的98.5%", "决算数为年初预算数的98.5%", "为全年预算的98.5%" (a bare "占预算的" is a share).
const RATE = /(完成|决算数?(为|是|占|达到?)?)(年初|全年|调整后)?预算(数)?的?$|为(年初|全年|调整后)预算数?的$/;
// "占X%", "占比X%", "所占比重为X%", "占支出总额的比重为X%" (a 为/是/达 before the number is no part of the base).
const SHARE = /占(?:比重|比例|比)?(.*?)的?(?:比重|比例)?(?:为|是|达)?$/;

/** The role of a figure; null for a percentage no words explain (not taken as a figure). */
export function readRole(clause: string, unit: string, sentenceHasFinal: boolean): RoleReading | null {
  const percent = unit === '%';
  const count = unit === '个' || unit === '辆' || unit === '批次' || unit === '人次';

  if (percent) {
    const rate = RATE.exec(clause);
    if (rate) return { role: 'rate', subjectPhrase: clause.slice(0, rate.index) };
    const iShare = clause.lastIndexOf('占');
    if (iShare >= 0) {
      const m = SHARE.exec(clause.slice(iShare))!;
      return { role: 'share', subjectPhrase: clause.slice(0, iShare).replace(/(所|其)$/, ''), shareOf: m[1] ?? '' };
    }
  }

  const dir = DIRECTION_RUN.exec(clause);
  if (dir) {
    const words = dir[1]!;
    // The word touching the number decides; a run of both kinds is kept as printed for the checks.
    const last = /(增加|增长|上升|提高|增幅|减少|下降|降低|降幅|减)$/.exec(words)![1]!;
    const before = clause.slice(0, dir.index).replace(COMPARISON, '');
    return {
      role: percent ? 'changePct' : 'delta',
      subjectPhrase: before,
      direction: UP.test(last) ? 'up' : 'down',
      directionWord: words,
    };
  }
  if (percent) return null;
  if (count) return { role: 'count', subjectPhrase: clause };

  if (LAST_YEAR.test(clause)) return { role: 'previous', subjectPhrase: '' };
  const prev = PREVIOUS.exec(clause);
  if (prev) {
    const y = /^(\d{4})/.exec(prev[1]!);
    return { role: 'previous', subjectPhrase: clause.slice(0, prev.index), year: y ? Number(y[1]) : null };
  }
  const base = BUDGET_BASE.exec(clause);
  if (base) return { role: 'previous', subjectPhrase: clause.slice(0, base.index) };
  // In final accounts "X支出预算为A万元，支出决算为B万元": the budget is the base of the rate.
  if (sentenceHasFinal && PLANNED.test(clause) && !/决算/.test(clause)) {
    return { role: 'previous', subjectPhrase: clause.replace(/(支出)?预算数?(为|是)$/, '') };
  }
  return { role: 'amount', subjectPhrase: clause };
}
