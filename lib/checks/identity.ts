// Evaluates one identity "printed = Σ terms" over rounding intervals (docs/domain.md "Rounding"):
// pass when the printed figures agree exactly, rounding when only the intervals overlap,
// fail when no rounding explains the difference. No fixed tolerance anywhere.
import Decimal from 'decimal.js';
import { overlaps, type Interval } from '../amount/interval';
import type { Finding, Ref, Severity, Status } from '../report/schema';
import type { Operand } from './cells';
import { formatAmount } from '../amount/format';

export interface Term {
  op: Operand;
  sign?: 1 | -1;
}

export interface Identity {
  rule: string;
  /** Where the identity lives, for the message: "表3 合计", "表10 405 柳州市科学技术局". */
  context: string;
  contextEn?: string;
  printed: Operand;
  terms: Term[];
  /** Severity when it fails (default error). */
  failSeverity?: Severity;
  /** Extra words for the id when one printed cell takes part in several identities of one rule. */
  idSuffix?: string;
  /**
   * The money unit the sum and the difference are in, named after them in the message: a figure
   * printed in 万元 compared with a table in 元 is computed in 元, and "差 -72,959.00" alone would
   * read as 万元.
   */
  unit?: string | null;
}

// Amounts print as the disclosures print them (lib/amount/format.ts); re-exported for the rule files.
export { formatAmount };

const ZERO = new Decimal(0);

/** Blanks that mean 0 on both sides say nothing: such an identity is not reported. */
export function allBlank(printed: Operand, terms: Term[]): boolean {
  return printed.display === '空' && terms.every((x) => x.op.display === '空');
}

export function refKey(r: Ref): string {
  return r.figure ? `f:${r.figure}` : `${r.table}:${r.row}:${r.col}`;
}

/** Short stable hash (FNV-1a) so ids stay short however many terms an identity has. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function findingId(rule: string, refs: Ref[], suffix = ''): string {
  const [first, ...rest] = refs;
  const head = first ? refKey(first) : '';
  return `${rule}:${head}:${shortHash(rest.map(refKey).join('|') + suffix)}`;
}

export interface Outcome {
  status: Status;
  /** A one-figure equality whose intervals only touch: within rounding, yet worth a look. */
  touching: boolean;
  computed: Decimal;
  computedInterval: Interval;
}

export function statusOf(printed: Operand, terms: Term[]): Outcome {
  let computed = ZERO;
  let lo = ZERO;
  let hi = ZERO;
  for (const t of terms) {
    if ((t.sign ?? 1) === 1) {
      computed = computed.plus(t.op.value);
      lo = lo.plus(t.op.interval.lo);
      hi = hi.plus(t.op.interval.hi);
    } else {
      computed = computed.minus(t.op.value);
      lo = lo.minus(t.op.interval.hi);
      hi = hi.minus(t.op.interval.lo);
    }
  }
  const computedInterval: Interval = { lo, hi };
  const status: Status = printed.value.eq(computed) ? 'pass' : overlaps(printed.interval, computedInterval) ? 'rounding' : 'fail';
  // One figure printed twice with the same precision (326.71 vs 326.72): the intervals only touch,
  // which the rounding rule accepts, but one rounding rule gives the same digits from one value.
  const touching =
    status === 'rounding' &&
    terms.length === 1 &&
    (terms[0]!.sign ?? 1) === 1 &&
    sameWidth(printed.interval, terms[0]!.op.interval) &&
    (printed.interval.lo.eq(computedInterval.hi) || printed.interval.hi.eq(computedInterval.lo));
  return { status, computed, computedInterval, touching };
}

function sameWidth(a: Interval, b: Interval): boolean {
  return a.hi.minus(a.lo).eq(b.hi.minus(b.lo));
}

const MAX_TERMS_IN_MESSAGE = 12;

function termsText(all: Term[], en: boolean): string {
  // Blank cells that mean 0 stay in refs but would only clutter the sentence (unless all are blank).
  const nonBlank = all.filter((t) => t.op.display !== '空');
  const terms = nonBlank.length ? nonBlank : all;
  const blanks = all.length - terms.length;
  const shown = terms.slice(0, MAX_TERMS_IN_MESSAGE);
  let s = shown
    .map((t, i) => {
      const op = (t.sign ?? 1) === -1 ? ' − ' : i === 0 ? '' : ' + ';
      return `${op}${t.op.label} ${t.op.display === '空' ? (en ? 'blank (= 0)' : '空白（=0）') : t.op.display}`;
    })
    .join('');
  if (terms.length > shown.length) s += en ? ` + … (${terms.length} terms)` : ` + …（共${terms.length}项）`;
  if (blanks > 0) s += en ? ` (+ ${blanks} blank = 0)` : `（另 ${blanks} 项空白为 0）`;
  return s;
}

export function evaluate(id: Identity): Finding {
  const { status, computed, touching } = statusOf(id.printed, id.terms);
  let decimals = id.printed.decimals;
  for (const t of id.terms) if (t.op.decimals > decimals) decimals = t.op.decimals;
  const computedText = formatAmount(computed, decimals);
  const diff = id.printed.value.minus(computed);
  const diffText = formatAmount(diff, decimals);
  const u = id.unit ?? '';
  const sym = status === 'pass' ? '=' : status === 'rounding' ? '≈' : '≠';
  const tail =
    status === 'pass'
      ? ''
      : touching
        ? `（差 ${diffText}${u}：同一数字两处印法差一个末位，舍入区间仅在端点相接；可能是为使合计平衡所做的尾数调整，值得核实）`
        : status === 'rounding'
        ? `（差 ${diffText}${u}，在四舍五入尾数误差范围内）`
        : `（差 ${diffText}${u}，四舍五入不能解释）`;
  const tailEn =
    status === 'pass'
      ? ''
      : touching
        ? ` (difference ${diffText}${u}: one figure printed two ways, the rounding intervals only touch; possibly a balancing adjustment, worth checking)`
        : status === 'rounding'
          ? ` (difference ${diffText}${u}, within rounding)` : ` (difference ${diffText}${u}, beyond rounding)`;
  const lead = id.printed.label ? `${id.printed.label} ${id.printed.display}` : id.printed.display;
  const message = `${id.context} ${lead} ${sym} ${termsText(id.terms, false)} = ${computedText}${u}${tail}`;
  const messageEn = `${id.contextEn ?? id.context}: ${lead} ${sym} ${termsText(id.terms, true)} = ${computedText}${u}${tailEn}`;
  const refs = [id.printed.ref, ...id.terms.map((t) => t.op.ref)];
  return {
    id: findingId(id.rule, refs, id.idSuffix ?? ''),
    rule: id.rule,
    status,
    severity: status === 'fail' ? (id.failSeverity ?? 'error') : touching ? 'warning' : 'info',
    message,
    messageEn,
    expected: computedText,
    actual: id.printed.display,
    difference: diffText,
    refs,
  };
}
