// The narrative parser (lib/extract/narrative, another helper's) plugs in here. Until it is
// wired (lib/extract/index.ts), `narrative` stays undefined and only the text ranges are kept.
import type { Narrative } from '../../report/schema';

export type NarrativeExtractor = (text: string) => Narrative;
