// One shape for every check rule (cf. Refined GitHub: one feature per file, one registry).
// A rule is a small pure function over the document model; it returns findings, each with
// refs to every cell or text span it used.
import type { DocModel, Finding } from '../report/schema';

export interface RuleContext {
  /** Stops long runs (a page navigated away, a newer check started). */
  signal?: AbortSignal;
  /**
   * Results one check run computes once and reads twice (a rule's findings and, for coverage,
   * what it skipped), keyed by their function: lives for one run of one document.
   */
  memo?: Map<unknown, unknown>;
}

export interface Rule {
  /** Stable id, used in findings (`rowSums`, `narrative.change`, …). */
  id: string;
  /** The family file it lives in. */
  family: string;
  title: { zh: string; en: string };
  run(doc: DocModel, ctx: RuleContext): Finding[];
}
