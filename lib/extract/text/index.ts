export { extractTextRaw, type TextAnchor } from './extractTextRaw';
export { resolveHeaderSpans } from './headerSpans';
