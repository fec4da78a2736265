// The per-item budget sentence Shanghai budgets print for every 项 (one paragraph per item):
//   "<类>（204类）<款>（06款）<项>（01项）X万元。主要用于：……。2025年当年预算执行数为A万元，
//    2026年预算安排B万元，比2025年预算执行数增加/减少C%。主要原因是：……"
// (codes optional, the path sometimes in quotes). Read here as one unit, because its figures
// belong together: X and B are the same item's budget, C% compares B with A. Read by the
// generic sentence walker, A and B became subjects of their own ("预算执行数", "预算安排") and the
// percentages of every item piled onto one statement.
import type { Compact } from './textView';
import { functionClass } from './subjects';

export interface ItemFigure {
  /** Compact range of the number (digits only). */
  from: number;
  to: number;
  /** Plain decimal ("43269.3"), commas dropped. */
  value: string;
  unit: string;
}

export interface ItemBudgetSentence {
  /** [类, 款, 项] names as printed (class normalised when it is a known function class). */
  path: string[];
  /** Codes as printed beside the names ("204", "06", "01"), when all three are there. */
  codes: [string, string, string] | null;
  /** Compact range of the path phrase. */
  pathFrom: number;
  pathTo: number;
  /** The item's amount (X), the base year's execution (A), the plan (B), the printed change (C). */
  amount: ItemFigure;
  executed: ItemFigure;
  planned: ItemFigure;
  change: (ItemFigure & { direction: 'up' | 'down'; word: string; wordFrom: number }) | null;
  /** "比…持平" (C absent). */
  flat: { from: number; to: number } | null;
  executedYear: number;
  plannedYear: number;
  /** The year the comparison names ("比2025年预算执行数"). */
  baseYear: number;
  /** Compact index just past the last figure of the sentence (the cause clause follows). */
  end: number;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const MONEY = '(万元|亿元|元)';
/** Path: up to three "name(NN类)" / "name(类)" parts, optionally in quotes, then X. */
const HEAD = new RegExp(
  String.raw`^["“]?([^()"“”。;:]{1,40}?)\((\d{3})?类\)([^()"“”。;:]{1,40}?)\((\d{2})?款\)([^"“”。;:]{1,60}?)\((\d{2})?项\)["”]?(?:支出|预算)?(?:为)?(${NUM})${MONEY}`,
  'd',
);
const BODY = new RegExp(
  String.raw`(\d{4})年(?:当年)?(?:预算)?执行数(?:为|是)?(${NUM})${MONEY},?(\d{4})年(?:预算安排|安排预算|预算数?)(?:为|是)?(${NUM})${MONEY},?(?:比|较|与)(\d{4})年(?:当年)?(?:预算)?执行数?(?:相比)?,?(?:(增加|减少|增长|下降|上升|降低)(${NUM})%|(持平|相同|无变化))`,
  'd',
);

function fig(s: string, from: number, text: string, unit: string): ItemFigure {
  return { from, to: from + text.length, value: text.replace(/,/g, ''), unit };
}

/** Reads the sentence from a logical line's compact text (list marker excluded), or null. */
export function readItemBudget(c: Compact, offset: number): ItemBudgetSentence | null {
  const s = c.s.slice(offset);
  const h = HEAD.exec(s);
  if (!h) return null;
  const rest = s.slice(h[0].length);
  const b = BODY.exec(rest);
  // The figures of one item sit in its own paragraph: a second item's path before them ends the match.
  if (!b || /\((\d{3})?类\)/.test(rest.slice(0, b.index))) return null;
  /** Index of group k (the `d` flag gives every group's range). */
  const at = (m: RegExpExecArray, k: number, base: number): number => base + m.indices![k]![0];
  const hx = at(h, 7, 0);
  const bodyBase = h[0].length;
  const className = h[1]!.replace(/^["“]/, '');
  const path = [functionClass(className) ?? className, h[3]!, h[5]!];
  const codes: [string, string, string] | null = h[2] && h[4] && h[6] ? [h[2], h[4], h[6]] : null;
  const executed = fig(s, at(b, 2, bodyBase), b[2]!, b[3]!);
  const planned = fig(s, at(b, 5, bodyBase), b[5]!, b[6]!);
  let change: ItemBudgetSentence['change'] = null;
  let flat: ItemBudgetSentence['flat'] = null;
  if (b[8] && b[9]) {
    const wordFrom = at(b, 8, bodyBase);
    change = { ...fig(s, at(b, 9, bodyBase), b[9], '%'), direction: /增|上升/.test(b[8]) ? 'up' : 'down', word: b[8], wordFrom };
  } else if (b[10]) {
    const from = at(b, 10, bodyBase);
    flat = { from: from + offset, to: from + offset + b[10].length };
  }
  const shift = (f: ItemFigure): ItemFigure => ({ ...f, from: f.from + offset, to: f.to + offset });
  return {
    path,
    codes,
    pathFrom: offset,
    pathTo: offset + hx,
    amount: shift(fig(s, hx, h[7]!, h[8]!)),
    executed: shift(executed),
    planned: shift(planned),
    change: change ? { ...shift(change), direction: change.direction, word: change.word, wordFrom: change.wordFrom + offset } : null,
    flat,
    executedYear: Number(b[1]),
    plannedYear: Number(b[4]),
    baseYear: Number(b[7]),
    end: offset + bodyBase + b.index + b[0].length,
  };
}
