// Messages between the content script, the background worker, the popup and the viewer.
// Every message is validated with zod on arrival: a page can post anything to a content script.
import { z } from 'zod';

export const SummaryMessageSchema = z.object({
  checks: z.number().int(), pass: z.number().int(), rounding: z.number().int(), fail: z.number().int(),
  /** Root causes (lib/report/rootCauses): 疑似错误 and 存疑; what the badge and popup count. */
  causes: z.object({ errors: z.number().int(), doubts: z.number().int() }).optional(),
});

export const TabStatusSchema = z.object({
  /** 'none' = not a disclosure (nothing else was done on the page). */
  state: z.enum(['none', 'checking', 'checked', 'error']),
  url: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable().optional(),
  year: z.number().int().nullable().optional(),
  kind: z.enum(['budget', 'final', 'unknown']).optional(),
  summary: SummaryMessageSchema.nullable(),
  /** Links to disclosure PDFs found on the page. */
  pdfLinks: z.array(z.object({ url: z.string(), text: z.string() })),
  error: z.string().nullable().optional(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** content → background: status of this tab (badge). */
  z.object({ type: z.literal('tab-status'), status: TabStatusSchema }),
  /** popup → content: what did you find? */
  z.object({ type: z.literal('get-status') }),
  /** popup / content → background: open a PDF in the viewer (http(s) only: lib/extension/webUrl). */
  z.object({ type: z.literal('open-viewer'), url: z.string().url() }),
  /** content → background: put this citation on the clipboard from an extension context (reply: boolean). */
  z.object({ type: z.literal('copy-text'), text: z.string().max(20_000) }),
  /** popup → content: show / hide the findings panel. */
  z.object({ type: z.literal('toggle-panel') }),
  /** popup → content: "保存到对比" — save this page's checked report to the library (reply: SaveReply). */
  z.object({ type: z.literal('save-to-library') }),
  /**
   * content → background: save this report (JSON text of a Report) to the library. The content
   * script forwards 'save-to-library' here because the library code would overrun its size budget.
   * Reply: SaveReply.
   */
  z.object({ type: z.literal('save-report'), report: z.string(), url: z.string(), title: z.string().nullable() }),
  /**
   * content → background: "生成检查表" — inject the sheet builder (entrypoints/sheet-builder, with
   * SheetJS) into the sender's frame, in the content script's own isolated world. Reply: true or an
   * error message.
   */
  z.object({ type: z.literal('load-sheet-builder') }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** Reply to 'save-to-library' (lib/library/storage.ts saveReport). */
export const SaveReplySchema = z.union([
  z.object({ ok: z.literal(true), replaced: z.boolean(), id: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveReply = z.infer<typeof SaveReplySchema>;

export function parseMessage(raw: unknown): Message | null {
  const r = MessageSchema.safeParse(raw);
  return r.success ? r.data : null;
}
