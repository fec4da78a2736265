// The narrative parser's signature: `assemble` uses lib/extract/narrative by default; tests
// and callers that only want tables pass `narrative: null`.
import type { Narrative } from '../../report/schema';

export type NarrativeExtractor = (text: string) => Narrative;
