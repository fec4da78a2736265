// npm run mutants [-- --tables N --narrative N --html N --seed S]: the mutation test of the
// check engine (issue 4). Changes one printed number at a time in the five seeds' models
// (tests/fixtures/expected + tests/fixtures/narrative), runs the checks, and counts the mutants
// caught by a new `fail` finding that refs the changed number; then a smaller sample end to end
// through the HTML extractor (tests/fixtures/html, the number changed in the page itself).
// Prints the tallies and writes bench-output/mutants.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocModel, Finding } from '../lib/report/schema';
import { extractNarrative } from '../lib/extract/narrative/index';
import { extractHtml, extractHtmlDom } from '../lib/extract/html/index';
import { parseHtmlNode } from '../lib/extract/html/parseHtmlNode';
import { cellKey } from '../lib/extract/raw';
import { runChecks } from '../lib/checks/registry';
import { loadSeedWithNarrative, loadSeed } from '../tests/support/seedModels';
import {
  baselineOf,
  caughtShare,
  judge,
  mutantsOf,
  narrativeSites,
  prng,
  sampleEvenly,
  stratum,
  tableSites,
  tally,
  type Baseline,
  type Judged,
  type Mutant,
  type Site,
} from '../tests/support/mutants';
import { fixturePath, projectRoot } from '../tests/shared';

const { values: args } = parseArgs({
  options: {
    tables: { type: 'string', default: '600' },
    narrative: { type: 'string', default: '300' },
    html: { type: 'string', default: '40' },
    seed: { type: 'string', default: '20261122' },
  },
});
const rand = prng(Number(args.seed));
const SEEDS = ['000', '001', '002', '003', '004'];

/** docs/domain.md's real errors: the only fails an unmutated seed may show. */
function knownFail(f: Finding): boolean {
  if (/^(rowSums|rowSums\.fundsVsTypes|columnSums)$/.test(f.rule) && /政府采购项目类型\/合计/.test(f.message)) return true;
  if (f.rule === 'narrative.changePct' && /财政拨款收支总计.*9\.98%/.test(f.message)) return true;
  if (f.rule === 'narrative.components' && /人员经费 372\.99/.test(f.message)) return true;
  if (f.rule === 'narrative.direction' && /资源勘探工业信息等支出|减少增长41\.84%/.test(f.message)) return true;
  if (f.rule === 'narrative.table' && /机关运行经费.*292\.90/.test(f.message)) return true;
  if (f.rule === 'narrative.partOfWhole' && f.severity === 'warning' && /人员基本工资” 118\.06万元 > .*基本工资 113\.20/.test(f.message)) return true;
  // Text problems verified on seed 000's page, beyond domain.md's arithmetic: its 主要职能 is the one
  // glyph "眀", and "(柳财预(2022)568号" opens a bracket it never closes (three times).
  if (f.rule.startsWith('text.') && /眀|柳财预\(2022\)568号/.test(f.message)) return true;
  return false;
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`;
}

function label(m: Mutant): string {
  const change = `${m.text} → ${m.mutated} (${m.op})`;
  return m.where === 'table'
    ? `${m.seed} ${m.table} [${m.rowName.replace(/\s+/g, '')} | ${m.column}] ${change}`
    : `${m.seed} narrative ${m.role} of “${m.subject}” ${change}`;
}

function groupOf(m: Mutant): string {
  return m.where === 'table' ? `table ${m.tableKind} · ${m.level}` : `narrative ${m.role}`;
}

function printTally(title: string, js: Judged[], by: (j: Judged) => string): Record<string, ReturnType<typeof tally> & { share: number }> {
  const keys = [...new Set(js.map(by))].sort();
  const out: Record<string, ReturnType<typeof tally> & { share: number }> = {};
  console.log(`\n${title}`);
  for (const k of keys) {
    const t = tally(js.filter((j) => by(j) === k));
    out[k] = { ...t, share: caughtShare(t) };
    console.log(`  ${k.padEnd(42)} ${String(t.total).padStart(4)}  caught ${String(t.caught).padStart(4)} (${pct(t.caught, t.caught + t.missed)} of catchable)  missed ${t.missed}  uncatchable ${t.uncatchable}`);
  }
  return out;
}

function listGroups(title: string, js: Judged[]): Record<string, { count: number; example: string; statuses: string[] }> {
  const groups = new Map<string, Judged[]>();
  for (const j of js) {
    const k = groupOf(j.mutant);
    groups.set(k, [...(groups.get(k) ?? []), j]);
  }
  const out: Record<string, { count: number; example: string; statuses: string[] }> = {};
  if (js.length) console.log(`\n${title}`);
  for (const [k, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const ex = list[0]!;
    out[k] = { count: list.length, example: label(ex.mutant), statuses: ex.statuses };
    console.log(`  ${k} ×${list.length}: e.g. ${label(ex.mutant)}${ex.statuses.length ? `  [checks: ${ex.statuses.join(', ')}]` : ''}`);
  }
  return out;
}

// ---- the seeds' models
const bases = new Map<string, Baseline>();
const falseAlarms: { seed: string; form: string; rule: string; message: string }[] = [];
for (const seed of SEEDS) {
  const doc = loadSeedWithNarrative(seed) ?? loadSeed(seed);
  if (!doc) continue;
  const b = baselineOf(doc);
  bases.set(seed, b);
  for (const f of b.findings) if (f.status === 'fail' && !knownFail(f)) falseAlarms.push({ seed, form: 'model', rule: f.rule, message: f.message });
}

const t0 = performance.now();
const allTable: Site[] = [];
const allNarr: Site[] = [];
for (const [seed, b] of bases) {
  allTable.push(...tableSites(seed, b.doc));
  allNarr.push(...narrativeSites(seed, b.doc));
}
const sites = [
  ...sampleEvenly(allTable, stratum, Number(args.tables), rand),
  ...sampleEvenly(allNarr, stratum, Number(args.narrative), rand),
];
const mutants = mutantsOf(sites, rand);
const judged = mutants.map((m) => judge(bases.get(m.seed)!, m));
const modelMs = performance.now() - t0;

const all = tally(judged);
console.log(`Mutation test of the check engine (seed ${args.seed}): ${all.total} mutants on the seeds' models in ${(modelMs / 1000).toFixed(1)} s`);
console.log(`  sites available: ${allTable.length} table cells, ${allNarr.length} narrative figures`);
console.log(
  `  caught ${all.caught} / catchable ${all.caught + all.missed} = ${caughtShare(all).toFixed(1)}%  (of all ${all.total}: ${pct(all.caught, all.total)}); uncatchable (no check reads the number): ${all.uncatchable}`,
);
const byKind = printTally('By table kind (narrative by role):', judged, (j) => (j.mutant.where === 'table' ? j.mutant.tableKind : `narrative ${j.mutant.role}`));
const byLevel = printTally('By row level:', judged.filter((j) => j.mutant.where === 'table'), (j) => (j.mutant.where === 'table' ? j.mutant.level : ''));
const byOp = printTally('By operator:', judged, (j) => j.mutant.op);
const bySeed = printTally('By seed:', judged, (j) => j.mutant.seed);
const missedAll = judged.filter((j) => j.outcome === 'missed');
const missed = listGroups('Missed (a check reads the number, no new fail refs it):', missedAll);
const missedWhy = {
  withinRounding: missedAll.filter((j) => j.missedBecause === 'withinRounding').length,
  guarded: missedAll.filter((j) => j.missedBecause === 'guarded').length,
};
console.log(
  `  of which ${missedWhy.withinRounding} stay within rounding of every check reading them (the shift is below the precision of the figure they are compared with, e.g. a small change to a large delta against a 2-decimal %), ${missedWhy.guarded} are dropped by a guard (no check reads them after the change)`,
);
for (const j of missedAll) console.log(`    ${j.missedBecause === 'withinRounding' ? 'rounding' : 'guarded '} ${label(j.mutant)}${j.statuses.length ? `  [${j.statuses.join(', ')}]` : ''}`);
const uncatchable = listGroups('Uncatchable: no identity uses it (no check reads the number on the unmutated document):', judged.filter((j) => j.outcome === 'uncatchable'));

interface PageNode {
  nodeType: number;
  data?: string;
  textContent: string;
  childNodes: ArrayLike<PageNode>;
  ownerDocument: { toString(): string };
}

/** The page with one table cell's text replaced (the cell found by its anchor). */
function changeCellInPage(page: ReturnType<typeof extractHtmlDom>, m: Mutant & { where: 'table' }): string | null {
  const node = page.anchors.cells.get(cellKey(m.table, m.row, m.col)) as unknown as PageNode | undefined;
  if (!node) return null;
  node.textContent = m.mutated;
  return node.ownerDocument.toString();
}

/** The page with one narrative figure replaced inside the text node that holds it: the block is
 * found by the text anchors, the occurrence by counting the same digits before it in the block. */
function changeFigureInPage(page: ReturnType<typeof extractHtmlDom>, m: Mutant & { where: 'narrative' }): string | null {
  const text = page.doc.narrative?.text ?? '';
  const range = page.anchors.text.find((r) => r.start <= m.start && m.end <= r.end);
  if (!range) return null;
  const before = text.slice(range.start, m.start).split(m.text).length - 1;
  let seen = 0;
  const walk = (n: PageNode): PageNode | null => {
    if (n.nodeType === 3) {
      const count = (n.data ?? '').split(m.text).length - 1;
      if (seen + count > before) return n;
      seen += count;
      return null;
    }
    for (let i = 0; i < n.childNodes.length; i++) {
      const hit = walk(n.childNodes[i]!);
      if (hit) return hit;
    }
    return null;
  };
  const root = range.anchor as unknown as PageNode;
  const node = walk(root);
  if (!node || node.data == null) return null;
  const parts = node.data.split(m.text);
  const k = before - seen; // occurrence within this text node
  node.data = parts.slice(0, k + 1).join(m.text) + m.mutated + parts.slice(k + 1).join(m.text);
  return root.ownerDocument.toString();
}

// ---- end to end through the HTML extractor: the number changed in the page
interface E2E {
  seed: string;
  where: string;
  change: string;
  outcome: 'caught' | 'missed' | 'uncatchable';
}
const e2e: E2E[] = [];
const htmlDir = fixturePath('html');
const htmlFiles = readdirSync(htmlDir).filter((f) => /^\d{3}_.*\.html$/.test(f));
const perSeed = Math.ceil(Number(args.html) / Math.max(1, htmlFiles.filter((f) => !f.startsWith('002')).length));
const t1 = performance.now();
for (const file of htmlFiles) {
  const seed = file.slice(0, 3);
  const html = readFileSync(resolve(htmlDir, file), 'utf8');
  const first = extractHtml(html, file, { narrative: extractNarrative });
  const base = baselineOf(first.doc);
  for (const f of base.findings) if (f.status === 'fail' && !knownFail(f)) falseAlarms.push({ seed, form: 'html', rule: f.rule, message: f.message });
  const nNarr = Math.round(perSeed * 0.3);
  const cands = [
    ...sampleEvenly(tableSites(seed, first.doc), stratum, perSeed - (first.doc.tables.length ? nNarr : 0), rand),
    ...sampleEvenly(narrativeSites(seed, first.doc), stratum, first.doc.tables.length ? nNarr : perSeed, rand),
  ];
  for (const m of mutantsOf(cands, rand)) {
    const change =
      m.where === 'table'
        ? `${m.table} [${m.rowName.replace(/\s+/g, '')} | ${m.column}] ${m.text} → ${m.mutated}`
        : `narrative ${m.role} of “${m.subject}” ${m.text} → ${m.mutated}`;
    const where = m.where === 'table' ? m.tableKind : `narrative ${m.role}`;
    const key = m.where === 'table' ? `${m.table}:${m.row}:${m.col}` : `f:${m.figure}`;
    if (!base.used.has(key)) {
      e2e.push({ seed, where, change, outcome: 'uncatchable' });
      continue;
    }
    // Change the number in the page itself, serialise it, and extract the page afresh.
    // Mutated in a full DOM (linkedom), serialised, then read back the CLI's way (extractHtml).
    const page = extractHtmlDom(parseHtmlNode(html), file, { narrative: extractNarrative });
    const changed = m.where === 'table' ? changeCellInPage(page, m) : changeFigureInPage(page, m);
    if (!changed) {
      console.warn(`  [e2e] ${seed} ${change}: the number was not found in the page; skipped`);
      continue;
    }
    const again = extractHtml(changed, file, { narrative: extractNarrative });
    let keys: Set<string>;
    if (m.where === 'table') {
      const cell = again.doc.tables.find((t) => t.id === m.table)?.rows[m.row]?.cells[m.col];
      keys = new Set(cell?.replace(/\s/g, '') === m.mutated ? [key] : []);
    } else {
      const figs = (again.doc.narrative?.statements ?? []).flatMap((st) => st.figures).filter((f) => f.start === m.start && f.text.replace(/\s/g, '') === m.mutated);
      keys = new Set(figs.map((f) => `f:${f.id}`));
    }
    if (keys.size === 0) {
      console.warn(`  [e2e] ${seed} ${change}: the page re-extracted differently; skipped`);
      continue;
    }
    const { findings } = runChecks(again.doc);
    const hit = findings.some((f) => f.status === 'fail' && f.refs.some((r) => keys.has(r.figure ? `f:${r.figure}` : `${r.table}:${r.row}:${r.col}`)) && base.fails.get(f.id) !== f.difference);
    e2e.push({ seed, where, change, outcome: hit ? 'caught' : 'missed' });
  }
}
const e2eMs = performance.now() - t1;
const e2eCaught = e2e.filter((x) => x.outcome === 'caught').length;
const e2eCatchable = e2e.filter((x) => x.outcome !== 'uncatchable').length;
console.log(`\nEnd to end through extractHtml (tests/fixtures/html, number changed in the page): ${e2e.length} mutants in ${(e2eMs / 1000).toFixed(1)} s`);
console.log(`  caught ${e2eCaught} / catchable ${e2eCatchable} = ${pct(e2eCaught, e2eCatchable)}; uncatchable ${e2e.length - e2eCatchable}`);
for (const kind of ['table', 'narrative']) {
  const xs = e2e.filter((x) => x.where.startsWith('narrative') === (kind === 'narrative'));
  const c = xs.filter((x) => x.outcome === 'caught').length;
  const k = xs.filter((x) => x.outcome !== 'uncatchable').length;
  console.log(`  ${kind}: ${xs.length} mutants, caught ${c} / catchable ${k}, uncatchable ${xs.length - k}`);
}
for (const x of e2e.filter((y) => y.outcome === 'missed')) console.log(`  missed: ${x.seed} ${x.change}`);

console.log(`\nFalse alarms (fails on unmutated documents beyond docs/domain.md's errors): ${falseAlarms.length}`);
for (const f of falseAlarms) console.log(`  ${f.seed} (${f.form}) ${f.rule}: ${f.message.slice(0, 160)}`);

const outDir = resolve(projectRoot, 'bench-output');
mkdirSync(outDir, { recursive: true });
const summary = {
  seed: Number(args.seed),
  when: new Date().toISOString(),
  model: { ...all, caughtShareOfCatchable: Number(caughtShare(all).toFixed(2)), ms: Math.round(modelMs), byKind, byLevel, byOperator: byOp, bySeed, missed, missedWhy, uncatchable },
  html: { total: e2e.length, caught: e2eCaught, catchable: e2eCatchable, ms: Math.round(e2eMs), missed: e2e.filter((x) => x.outcome === 'missed') },
  falseAlarms,
  mutants: judged.map((j) => ({ outcome: j.outcome, missedBecause: j.missedBecause, mutant: label(j.mutant), caughtBy: j.caughtBy, statuses: j.statuses })),
};
writeFileSync(resolve(outDir, 'mutants.json'), JSON.stringify(summary, null, 1));
console.log(`\nWrote bench-output/mutants.json`);

export type { DocModel };
