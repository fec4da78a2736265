// Narrative figures as operands: the repaired value with its rounding interval, in a common unit,
// and a ref carrying the figure id (its text offsets are on the figure in narrative.statements).
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../amount/index';
import { roundingInterval } from '../amount/interval';
import type { Figure, FigureRole, Statement } from '../report/schema';
import { unitFactor, type Operand } from './cells';

export function decimalsOf(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}

function moneyUnit(u: string | null): MoneyUnit | null {
  return u === '元' || u === '万元' || u === '亿元' ? u : null;
}

/** A figure as an operand, converted to `unit` when both are money units. */
export function figureOperand(st: Statement, f: Figure, unit?: MoneyUnit | null, label?: string): Operand | null {
  if (f.value == null || !/^-?\d+(\.\d+)?$/.test(f.value)) return null;
  const v = new Decimal(f.value);
  const d = decimalsOf(f.value);
  const k = unitFactor(moneyUnit(f.unit), unit === undefined ? moneyUnit(f.unit) : unit);
  const iv = roundingInterval(v, d);
  const text = f.text.replace(/\s+/g, '');
  const display = f.unit && !text.endsWith(f.unit) ? `${text}${f.unit}` : text;
  return {
    value: v.times(k),
    interval: k.eq(1) ? iv : { lo: iv.lo.times(k), hi: iv.hi.times(k) },
    display,
    decimals: d,
    label: label ?? st.subject,
    ref: { table: null, row: null, col: null, page: null, text: f.text, value: f.value, figure: f.id },
  };
}

export function figure(st: Statement, role: FigureRole): Figure | undefined {
  return st.figures.find((f) => f.role === role && f.value != null);
}

export function unitOfFigure(f: Figure | undefined): MoneyUnit | null {
  return f ? moneyUnit(f.unit) : null;
}

