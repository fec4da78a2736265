// The messages a content script receives (from the popup), checked without zod: zod alone is
// ~85 KB, more than half the content script's 150 KB budget. These three carry no payload, so
// a check of `type` is the whole validation (the schemas in lib/extension/messages.ts agree).
export type ContentMessage = { type: 'get-status' } | { type: 'toggle-panel' } | { type: 'save-to-library' };

const TYPES = new Set<ContentMessage['type']>(['get-status', 'toggle-panel', 'save-to-library']);

export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type as ContentMessage['type']) ? { type: type as ContentMessage['type'] } : null;
}
