// Narrative extractor (情况说明 → statements and figures). See extract.ts for the approach.
export { extractNarrative, type NarrativeFigure, type NarrativeResult, type NarrativeStatement } from './extract';
export { normaliseSubject, functionClass } from './subjects';
export { classPath } from './classPath';
