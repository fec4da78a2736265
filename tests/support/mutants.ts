// The mutation test of the check engine (issue 4): change one printed number at a time — a table
// cell or a narrative figure — by an amount no rounding explains, run the checks, and ask whether
// a `fail` finding refs the changed number. A number no check reads at all on the unmutated
// document is "uncatchable: no identity uses it" and is counted apart. Pure and DOM-free: the
// script (scripts/mutants.ts) and the regression test (mutants.test.ts) both drive it.
import Decimal from 'decimal.js';
import type { DocModel, Finding, Ref, Table } from '../../lib/report/schema';
import { extractNarrative } from '../../lib/extract/narrative/index';
import { parseAmount } from '../../lib/amount/index';
import { runChecks } from '../../lib/checks/registry';
import { formatAmount } from '../../lib/checks/identity';
import { isAmountColumnName } from '../../lib/checks/names';
import { levelsOf } from '../../lib/checks/rowTree';

export type MutationOp = 'plus1' | 'minus037' | 'times11' | 'swap';
export const MUTATION_OPS: readonly MutationOp[] = ['plus1', 'minus037', 'times11', 'swap'];

/** Where a number sits: a table cell, or a figure of the narrative (offsets into narrative.text). */
export type Site =
  | { where: 'table'; seed: string; table: string; tableKind: string; level: string; row: number; col: number; column: string; rowName: string; text: string }
  | { where: 'narrative'; seed: string; role: string; subject: string; start: number; end: number; figure: string; text: string };

export type Mutant = Site & { op: MutationOp; mutated: string };

export type Outcome = 'caught' | 'missed' | 'uncatchable';

export interface Judged {
  mutant: Mutant;
  outcome: Outcome;
  /** Rules of the new fail findings that ref the changed number. */
  caughtBy: string[];
  /** For a miss: the statuses the checks reading the number gave after the change. */
  statuses: string[];
  /** Why a miss: every check reading the number still holds within rounding (the change is below
   * the precision of the figures it is compared with), or no check reads it after the change (a
   * guard dropped the identity, e.g. a partial list falling short of its total). */
  missedBecause?: 'withinRounding' | 'guarded';
}

/** Small deterministic PRNG (mulberry32): the same seed gives the same sample on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGIT = /\d/;

/** The printed form of `v` with `decimals` places, thousands separators when the original had them. */
function render(v: Decimal, decimals: number, commas: boolean): string {
  const s = formatAmount(v, decimals);
  return commas ? s : s.replace(/,/g, '');
}

/**
 * `text` changed by `op`, in the same printed form (decimals, separators); null when the text is
 * not a plain number. Every change moves the value by more than one unit of the last place, so the
 * printed intervals of old and new never touch: no rounding can explain it.
 */
export function mutateNumber(text: string, op: MutationOp, rand: () => number = Math.random): string | null {
  const clean = text.replace(/[\s\u3000]/g, '');
  if (!/^-?[\d,]*\d(\.\d+)?$/.test(clean)) return null;
  const commas = clean.includes(',');
  const body = clean.replace(/,/g, '');
  const dot = body.indexOf('.');
  const decimals = dot < 0 ? 0 : body.length - dot - 1;
  const v = new Decimal(body);
  const ulp = new Decimal(10).pow(-decimals);
  const minShift = ulp.times(2);
  const shifted = (d: Decimal) => render(v.plus(d), decimals, commas);
  // +1, or two units of the last place where 1 is not more than one unit (whole numbers).
  const plus = () => shifted(Decimal.max(new Decimal(1), minShift));
  switch (op) {
    case 'plus1':
      return plus();
    case 'minus037': {
      const d = Decimal.max(new Decimal('0.37'), ulp.times(3)).toDecimalPlaces(decimals, Decimal.ROUND_UP);
      return v.minus(d).gte(0) ? shifted(d.neg()) : shifted(d);
    }
    case 'times11': {
      const w = v.times('1.1').toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
      return w.minus(v).abs().gte(minShift) ? render(w, decimals, commas) : plus();
    }
    case 'swap': {
      // Two adjacent different digits swapped (a typing slip): 10,312.28 → 10,321.28.
      const chars = [...clean];
      const pairs: number[] = [];
      for (let i = 0; i + 1 < chars.length; i++) {
        if (DIGIT.test(chars[i]!) && DIGIT.test(chars[i + 1]!) && chars[i] !== chars[i + 1]) {
          // A leading zero would change the form ("0.5" → "5.0" is fine, "05" is not).
          if (i === 0 && chars[i + 1] === '0') continue;
          if (i > 0 && chars[i - 1] === '-' && chars[i + 1] === '0') continue;
          pairs.push(i);
        }
      }
      if (pairs.length === 0) return plus();
      const i = pairs[Math.floor(rand() * pairs.length)]!;
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      return chars.join('');
    }
  }
}

/** Every amount cell of every table (codes, names, 行次 and percentages are not amounts). */
export function tableSites(seed: string, doc: DocModel): Site[] {
  const out: Site[] = [];
  for (const t of doc.tables) {
    const levels = levelsOf(t);
    t.rows.forEach((row, r) => {
      row.cells.forEach((text, c) => {
        if (text == null || !isAmountColumnName(t.columns[c] ?? '')) return;
        const p = parseAmount(text);
        if (p.kind !== 'amount' || p.amount.percent) return;
        out.push({
          where: 'table',
          seed,
          table: t.id,
          tableKind: t.part ? `${t.kind}.${t.part}` : t.kind,
          level: levels[r]!,
          row: r,
          col: c,
          column: t.columns[c] ?? '',
          rowName: row.code ? `${row.code} ${row.label}` : row.label,
          text,
        });
      });
    });
  }
  return out;
}

/** Every figure of the narrative that holds a plain number. */
export function narrativeSites(seed: string, doc: DocModel): Site[] {
  const out: Site[] = [];
  for (const st of doc.narrative?.statements ?? []) {
    for (const f of st.figures) {
      if (f.value == null || mutateNumber(f.text, 'plus1') == null) continue;
      out.push({ where: 'narrative', seed, role: f.role, subject: st.subject, start: f.start, end: f.end, figure: f.id, text: f.text });
    }
  }
  return out;
}

/** Stratum of a site: table kind × row level, or narrative role. */
export function stratum(s: Site): string {
  return s.where === 'table' ? `${s.tableKind}|${s.level}` : `narrative|${s.role}`;
}

/** Up to `n` items, taken round-robin over the strata (each shuffled), so rare kinds are not drowned. */
export function sampleEvenly<T>(items: T[], key: (t: T) => string, n: number, rand: () => number): T[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k) ?? [];
    g.push(it);
    groups.set(k, g);
  }
  const lists = [...groups.keys()].sort().map((k) => shuffle(groups.get(k)!, rand));
  const out: T[] = [];
  for (let i = 0; out.length < n; i++) {
    let any = false;
    for (const l of lists) {
      if (i < l.length && out.length < n) {
        out.push(l[i]!);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Mutants for the sites, one operator each, cycling through the operators from a random start. */
export function mutantsOf(sites: Site[], rand: () => number): Mutant[] {
  const out: Mutant[] = [];
  let k = Math.floor(rand() * MUTATION_OPS.length);
  for (const s of sites) {
    const op = MUTATION_OPS[k++ % MUTATION_OPS.length]!;
    const mutated = mutateNumber(s.text, op, rand);
    if (mutated != null && mutated !== s.text.replace(/\s/g, '')) out.push({ ...s, op, mutated });
  }
  return out;
}

/** The document with the mutant applied: one cell replaced, or the narrative re-extracted from the changed text. */
export function applyMutant(doc: DocModel, m: Mutant): DocModel {
  if (m.where === 'table') {
    const tables = doc.tables.map((t): Table =>
      t.id !== m.table ? t : { ...t, rows: t.rows.map((r, i) => (i !== m.row ? r : { ...r, cells: r.cells.map((c, j) => (j === m.col ? m.mutated : c)) })) },
    );
    return { ...doc, tables };
  }
  const text = doc.narrative!.text;
  return { ...doc, narrative: extractNarrative(text.slice(0, m.start) + m.mutated + text.slice(m.end)) };
}

/** The ref keys a site answers to in a finding of `doc` (the figure id is looked up by offset after re-extraction). */
function siteKeys(doc: DocModel, s: Site): Set<string> {
  if (s.where === 'table') return new Set([`${s.table}:${s.row}:${s.col}`]);
  const ids = new Set<string>();
  for (const st of doc.narrative?.statements ?? []) for (const f of st.figures) if (f.start === s.start) ids.add(`f:${f.id}`);
  return ids;
}

function refKeyOf(r: Ref): string {
  return r.figure ? `f:${r.figure}` : `${r.table}:${r.row}:${r.col}`;
}

function refsSite(f: Finding, keys: Set<string>): boolean {
  return f.refs.some((r) => keys.has(refKeyOf(r)));
}

/** Findings on the unmutated document, and the keys of every number some check read. */
export interface Baseline {
  doc: DocModel;
  findings: Finding[];
  used: Set<string>;
  /** id → difference of the fails already there (the real errors docs/domain.md lists). */
  fails: Map<string, string | null | undefined>;
}

export function baselineOf(doc: DocModel): Baseline {
  const { findings } = runChecks(doc);
  const used = new Set<string>();
  for (const f of findings) for (const r of f.refs) used.add(refKeyOf(r));
  const fails = new Map(findings.filter((f) => f.status === 'fail').map((f) => [f.id, f.difference]));
  return { doc, findings, used, fails };
}

/** Whether the checks catch the mutant: a fail that refs the changed number and was not there before. */
export function judge(base: Baseline, m: Mutant): Judged {
  const before = siteKeys(base.doc, m);
  if (![...before].some((k) => base.used.has(k))) return { mutant: m, outcome: 'uncatchable', caughtBy: [], statuses: [] };
  const doc = applyMutant(base.doc, m);
  const keys = siteKeys(doc, m);
  const { findings } = runChecks(doc);
  const touching = findings.filter((f) => refsSite(f, keys));
  const fresh = touching.filter((f) => f.status === 'fail' && !(base.fails.has(f.id) && base.fails.get(f.id) === f.difference));
  const within = touching.length > 0 && touching.every((f) => f.status !== 'fail' || (base.fails.has(f.id) && base.fails.get(f.id) === f.difference));
  return {
    mutant: m,
    outcome: fresh.length ? 'caught' : 'missed',
    ...(fresh.length ? {} : { missedBecause: within ? ('withinRounding' as const) : ('guarded' as const) }),
    caughtBy: [...new Set(fresh.map((f) => f.rule))].sort(),
    statuses: [...new Set(touching.map((f) => `${f.rule}:${f.status}`))].sort(),
  };
}

export interface Tally {
  total: number;
  caught: number;
  missed: number;
  uncatchable: number;
}

export function tally(js: Judged[]): Tally {
  const t: Tally = { total: js.length, caught: 0, missed: 0, uncatchable: 0 };
  for (const j of js) t[j.outcome]++;
  return t;
}

/** Caught share of the catchable mutants (those some check reads), in percent. */
export function caughtShare(t: Tally): number {
  const catchable = t.caught + t.missed;
  return catchable === 0 ? 100 : (100 * t.caught) / catchable;
}

/** Table and narrative mutants of one seed's document, sampled evenly over the strata. */
export function sampleMutants(seed: string, doc: DocModel, nTable: number, nNarrative: number, rand: () => number): Mutant[] {
  const t = sampleEvenly(tableSites(seed, doc), stratum, nTable, rand);
  const n = sampleEvenly(narrativeSites(seed, doc), stratum, nNarrative, rand);
  return mutantsOf([...t, ...n], rand);
}
