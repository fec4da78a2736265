// The one list of rules, and the runner: every rule over the document model, findings of one
// root cause grouped, summary counted.
import type { DocModel, Finding, Summary } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { rowSums } from './rowSums';
import { columnSums } from './columnSums';
import { twoSided } from './twoSided';
import { crossTable } from './crossTable';
import { groupFindings } from './group';
import { narrativeSelf } from './narrativeSelf';
import { narrativeVsTables } from './narrativeVsTables';
import { completeness } from './completeness';
import { textQuality } from './textQuality';
import { infoTable } from './infoTable';
import { damagedCells } from './damagedCells';
import { itemBudgetSentence } from './itemBudgetSentence';
import { narrativeNames } from './narrativeNames';
import { imageTables } from './imageTables';

export const RULES: readonly Rule[] = [rowSums, columnSums, twoSided, infoTable, crossTable, narrativeSelf, narrativeVsTables, itemBudgetSentence, narrativeNames, textQuality, completeness, damagedCells, imageTables];

/** A rule family that throws becomes one info finding; every other family's results stand. */
function runIsolated(rule: Rule, doc: DocModel, ctx: RuleContext): Finding[] {
  try {
    return rule.run(doc, ctx);
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    const why = (e as Error)?.message ?? String(e);
    return [{
      id: `engine.ruleFailed:${rule.id}`,
      rule: 'engine.ruleFailed',
      status: 'pass',
      severity: 'info',
      message: `核对规则“${rule.title.zh}”出错，未能完成（${why}）；其余核对不受影响。`,
      messageEn: `The check “${rule.title.en}” failed and did not finish (${why}); the other checks stand.`,
      expected: null,
      actual: null,
      refs: [],
    }];
  }
}

export function summarize(findings: Finding[]): Summary {
  const s: Summary = { checks: findings.length, pass: 0, rounding: 0, fail: 0 };
  for (const f of findings) s[f.status]++;
  return s;
}

export function runChecks(doc: DocModel, ctx: RuleContext = {}, rules: readonly Rule[] = RULES): { findings: Finding[]; summary: Summary } {
  const all: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    ctx.signal?.throwIfAborted();
    for (const f of runIsolated(rule, doc, ctx)) {
      // Identities reached by two routes (a two-sided item read twice) are reported once.
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      all.push(f);
    }
  }
  const findings = groupFindings(all);
  return { findings, summary: summarize(findings) };
}
