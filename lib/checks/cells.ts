// The shared cell reader: every cell is parsed once per document (cached), blanks mean 0 only
// where the table says so (final-account tables), `———` means "not applicable", and amounts
// are converted exactly between 元 / 万元 / 亿元 when tables differ in unit.
import Decimal from 'decimal.js';
import { dominantDecimals, parseAmount } from '../amount/index';
import type { MoneyUnit } from '../amount/index';
import { exactInterval, halfUlp, scaleInterval, type Interval } from '../amount/interval';
import type { DocModel, Ref, Table } from '../report/schema';
import { colName, rowName } from './names';

export type CellRead =
  | {
      kind: 'amount';
      value: Decimal;
      decimals: number;
      display: string;
      percent: boolean;
      converted?: Map<string, { value: Decimal; interval: Interval }>;
    }
  /** Blank cell in a table where blank means zero (final accounts). Exactly 0, no rounding. */
  | { kind: 'zero' }
  /** Blank cell where the table does not say blank means zero. */
  | { kind: 'blank' }
  /** `-`, `—`, `———`: not applicable. */
  | { kind: 'na' }
  | { kind: 'damaged'; text: string; reason: string }
  | { kind: 'junk'; text: string };

/** One side of an identity: a figure with its rounding interval, in the identity's unit. */
export interface Operand {
  value: Decimal;
  interval: Interval;
  /** As printed (repaired), or "空" for a blank that means 0. */
  display: string;
  decimals: number;
  label: string;
  ref: Ref;
}

const HALF_ULP: Decimal[] = [];
/** roundingInterval (lib/amount/interval.ts) with the half-unit cached per number of decimals. */
function roundingIntervalCached(v: Decimal, decimals: number): Interval {
  const h = (HALF_ULP[decimals] ??= halfUlp(decimals));
  return { lo: v.minus(h), hi: v.plus(h) };
}

const ZERO = new Decimal(0);
const ZERO_INTERVAL = exactInterval(ZERO);

const UNIT_FACTOR: Record<MoneyUnit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** Exact factor turning an amount in `from` into `to` (1 when either is unknown). */
export function unitFactor(from: MoneyUnit | null | undefined, to: MoneyUnit | null | undefined): Decimal {
  if (!from || !to || from === to) return new Decimal(1);
  return UNIT_FACTOR[from].div(UNIT_FACTOR[to]);
}

/** Final-account tables (公开01–10) print zero as a blank cell; budget tables print 0.00. */
export function blankMeansZero(t: Table): boolean {
  return t.kind.startsWith('final.') || (t.notes ?? []).some((n) => /空白.*(为|表示)\s*0|空格.*零/.test(n));
}

export class CellReader {
  private cache = new WeakMap<Table, ({ text: string | null; read: CellRead } | undefined)[][]>();
  constructor(readonly doc: DocModel) {}

  unitOf(t: Table): MoneyUnit | null {
    return t.unit ?? this.doc.unit ?? null;
  }

  read(t: Table, row: number, col: number): CellRead {
    let grid = this.cache.get(t);
    if (!grid) {
      grid = [];
      this.cache.set(t, grid);
    }
    const r = (grid[row] ??= []);
    const text = t.rows[row]?.cells[col] ?? null;
    const hit = r[col];
    // Keyed by the text too, so a model edited between runs (a correction) is read afresh.
    if (hit && hit.text === text) return hit.read;
    // Only a spaced fraction ("172. 4") can hide a lost digit: the column's precision is read for those alone.
    const read = parseCell(text, blankMeansZero(t), text != null && /\d\s+\d|\.\s/.test(text) ? this.precision(t, col) : undefined);
    r[col] = { text, read };
    return read;
  }

  private precisions = new WeakMap<Table, (number | undefined)[]>();
  /** The decimals the column prints (undefined when unclear): what makes "172. 4" in a column of
   * x.xx amounts a lost digit, not 172.4 (a false alarm, or a wrong rounding interval). */
  precision(t: Table, col: number): number | undefined {
    let p = this.precisions.get(t);
    if (!p) this.precisions.set(t, (p = []));
    if (!(col in p)) p[col] = dominantDecimals(t.rows.map((r) => r.cells[col]));
    return p[col];
  }

  /** True when the cell holds something an identity can use (an amount or a blank meaning 0). */
  usable(t: Table, row: number, col: number): boolean {
    const k = this.read(t, row, col).kind;
    return k === 'amount' || k === 'zero';
  }

  /** The cell as an operand in `unit` (the table's unit when omitted); null when it holds no usable amount. */
  operand(t: Table, row: number, col: number, unit?: MoneyUnit | null, label?: string): Operand | null {
    const c = this.read(t, row, col);
    const rowObj = t.rows[row];
    if (!rowObj) return null;
    const ref: Ref = { table: t.id, row, col, page: t.page ?? null, text: null, value: null };
    const lbl = label ?? `${rowName(rowObj)} ${colName(t, col)}`;
    if (c.kind === 'zero') {
      return { value: ZERO, interval: ZERO_INTERVAL, display: '空', decimals: 0, label: lbl, ref: { ...ref, value: '' } };
    }
    if (c.kind !== 'amount' || c.percent) return null;
    const target = unit === undefined ? this.unitOf(t) : unit;
    // Converted value and interval are cached per cell and unit: rules read the same cells many times.
    const key = `${target ?? ''}`;
    let conv = c.converted?.get(key);
    if (!conv) {
      const k = unitFactor(this.unitOf(t), target);
      const base = roundingIntervalCached(c.value, c.decimals);
      conv = k.eq(1) ? { value: c.value, interval: base } : { value: c.value.times(k), interval: scaleInterval(base, k) };
      (c.converted ??= new Map()).set(key, conv);
    }
    return { value: conv.value, interval: conv.interval, display: c.display, decimals: c.decimals, label: lbl, ref: { ...ref, value: c.display } };
  }
}

function parseCell(text: string | null, zeroBlank: boolean, expectDecimals: number | undefined): CellRead {
  if (text == null || text.trim() === '') return zeroBlank ? { kind: 'zero' } : { kind: 'blank' };
  const out = parseAmount(text, expectDecimals === undefined ? undefined : { expectDecimals });
  switch (out.kind) {
    case 'amount':
      return { kind: 'amount', value: out.amount.value, decimals: out.amount.decimals, display: out.amount.display, percent: out.amount.percent };
    case 'blank':
      return zeroBlank ? { kind: 'zero' } : { kind: 'blank' };
    case 'dash':
      return { kind: 'na' };
    case 'damaged':
      return { kind: 'damaged', text: out.text, reason: out.reason };
    default:
      return { kind: 'junk', text: out.text };
  }
}

const readers = new WeakMap<DocModel, CellReader>();
/** One reader per document, so every rule shares the parsed cells. */
export function cellsOf(doc: DocModel): CellReader {
  let r = readers.get(doc);
  if (!r) {
    r = new CellReader(doc);
    readers.set(doc, r);
  }
  return r;
}
