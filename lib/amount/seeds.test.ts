// The seeds' own numbers: a committed fixture of real lines and cells (always runs), and the
// whole text of the five seeds (../shared/seeds, skipped when absent).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, sharedPath } from '../../tests/shared';
import { parseAmount, scanNumbers, toHalfWidth, type NumberToken } from './index';

interface Fixture {
  lines: { seed: string; line: number; text: string; tokens: [string, string, string | null][] }[];
  cells: { text: string; kind: string; value: string | null; decimals: number | null; where: string }[];
}
const fixture: Fixture = JSON.parse(readFileSync(fixturePath('amounts', 'seed-tokens.json'), 'utf8'));
const table3 = readFileSync(fixturePath('amounts', '000-table3-expenditure.tsv'), 'utf8');

const digits = (s: string) => toHalfWidth(s).replace(/[^0-9]/g, '');

/** Invariants every scanned line must satisfy; returns the problems found. */
function lineProblems(line: string, where: string): string[] {
  const problems: string[] = [];
  const tokens = scanNumbers(line, { expectDecimals: 2 });
  const covered = new Array<boolean>(line.length).fill(false);
  for (const t of tokens) {
    for (let k = t.start; k < t.end; k++) covered[k] = true;
    if (line.slice(t.start, t.end) !== t.text) problems.push(`${where}: offsets of ${t.text}`);
    // None lost, none invented: the repaired figure has the printed digits, in order.
    if (t.amount && digits(t.text) !== digits(t.amount.display)) problems.push(`${where}: ${t.text} → ${t.amount.display}`);
    // A number followed by 年 is a year (or a duration / ordinal), never an amount.
    if (/^ ?年/.test(line.slice(t.end)) && ['amount', 'percent', 'number', 'code'].includes(t.kind)) {
      problems.push(`${where}: ${t.text} before 年 read as ${t.kind}`);
    }
    if (/(19|20)\d\d ?年/.test(t.text) && t.kind !== 'year') problems.push(`${where}: ${t.text} is a year, read as ${t.kind}`);
  }
  // Every digit of the line belongs to some token: nothing number-like is skipped.
  [...line].forEach((ch, k) => {
    if (/[0-9０-９]/.test(ch) && !covered[k]) problems.push(`${where}: digit at ${k} not in any token (${line.slice(k - 6, k + 6)})`);
  });
  return problems;
}

/** In tab-separated tables, the cells under a header saying 代码/编码 are never amounts.
 * 栏次 rows (1, 2, 3 … numbering the columns) are line numbers, recognised by the table reader. */
function codeColumnCells(text: string): { cell: string; where: string }[] {
  const out: { cell: string; where: string }[] = [];
  let codeCols: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.includes('\t')) {
      if (line.trim() !== '') codeCols = [];
      return;
    }
    const cells = line.split('\t');
    const header = cells.flatMap((c, k) => (/代码|编码/.test(c) ? [k] : []));
    if (header.length > 0) {
      codeCols = header;
      return;
    }
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length > 2 && filled.every((c, k) => c.trim() === String(k + 1))) return; // 栏次 row
    for (const k of codeCols) out.push({ cell: cells[k] ?? '', where: `line ${i + 1} column ${k}` });
  });
  return out;
}

const brief = (t: NumberToken) => [t.kind, t.text, t.amount ? t.amount.value.toString() : null];

describe('committed fixture of real seed lines (tests/fixtures/amounts)', () => {
  it.each(fixture.lines.map((l) => [`${l.seed.slice(0, 3)}:${l.line}`, l] as const))('%s tokens', (_, l) => {
    expect(scanNumbers(l.text, { expectDecimals: 2 }).map(brief)).toEqual(l.tokens);
    expect(lineProblems(l.text, `${l.seed}:${l.line}`)).toEqual([]);
  });

  it.each(fixture.cells.map((c) => [c.text, c] as const))('cell %j', (_, c) => {
    const o = parseAmount(c.text, { expectDecimals: 2 });
    expect(o.kind, c.where).toBe(c.kind);
    if (o.kind === 'amount') {
      expect(o.amount.value.toString()).toBe(c.value);
      expect(o.amount.decimals).toBe(c.decimals);
    }
  });

  it('000 表3 excerpt: codes are never amounts, every amount cell has its 2 decimals', () => {
    const codeCells = codeColumnCells(table3);
    expect(codeCells.filter((c) => c.cell !== '').length).toBe(37); // 405, 405001–405004 and 32 项 codes
    for (const { cell, where } of codeCells) {
      expect(['junk', 'blank'], `${where}: ${cell}`).toContain(parseAmount(cell, { expectDecimals: 2 }).kind);
    }
    const rows = table3.split('\n').filter((l) => l.includes('\t') && !l.includes('编码'));
    for (const row of rows) {
      for (const cell of row.split('\t').slice(3)) {
        const o = parseAmount(cell, { expectDecimals: 2 });
        expect(o.kind, cell).toBe('amount');
        if (o.kind === 'amount') expect(o.amount.decimals).toBe(2);
      }
    }
    // 405 row = Σ its four units (exactly, as printed) — proves the damaged cells were read right.
    const total = (code: string) => {
      const row = rows.find((r) => r.split('\t')[1] === code)!;
      const o = parseAmount(row.split('\t')[3]!);
      if (o.kind !== 'amount') throw new Error(code);
      return o.amount.value;
    };
    const units = ['405001', '405002', '405003', '405004'].map(total);
    expect(units.reduce((a, b) => a.plus(b)).toString()).toBe(total('405').toString());
  });
});

const seedsDir = sharedPath('seeds');

describe.skipIf(!seedsDir)('the five seeds (../shared/seeds)', () => {
  const seeds = seedsDir ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const read = (f: string) => readFileSync(join(seedsDir!, f), 'utf8');

  it('there are five', () => expect(seeds.length).toBe(5));

  it.each(seeds)('%s: every number-like token keeps its digits, years are years', (f) => {
    const lines = read(f).split('\n');
    const problems = lines.flatMap((line, i) => lineProblems(line, `${f}:${i + 1}`));
    expect(problems).toEqual([]);
    const tokens = lines.flatMap((line) => scanNumbers(line, { expectDecimals: 2 }));
    expect(tokens.filter((t) => t.kind === 'amount' || t.kind === 'percent').length).toBeGreaterThan(10);
  });

  it.each(seeds)('%s: code columns (header 代码/编码) are not amounts under expectDecimals 2', (f) => {
    const cells = codeColumnCells(read(f));
    const misread = cells.filter(({ cell }) => parseAmount(cell, { expectDecimals: 2 }).kind === 'amount');
    expect(misread).toEqual([]);
  });

  it('the only damaged figure of the seeds is 000 表1 住房保障支出 "172. 4"', () => {
    const damaged = seeds.flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) => scanNumbers(line, { expectDecimals: 2 }).filter((t) => t.kind === 'damaged').map((t) => `${f.slice(0, 3)}:${i + 1} ${t.text}`)),
    );
    expect(damaged).toEqual(['000:258 172. 4']);
  });

  it('the fixture lines are verbatim seed lines', () => {
    for (const l of fixture.lines) expect(read(l.seed).split('\n')[l.line - 1]).toBe(l.text);
  });
});
