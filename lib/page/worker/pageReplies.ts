// The worker answers a page check in two messages over one port: first everything the page
// marks by default (failures, rounding, info — no passing findings, a few kilobytes), then, when
// there are passing findings to list, the whole page payload. On a seed page the passing
// findings are ~90% of the text (001: 485 of 593 KB), and Chrome's messaging takes hundreds of
// milliseconds for half a megabyte: the red boxes should not wait for green ones that are hidden
// until the user asks for them.
import type { RawDoc } from '../../extract/raw';
export { CHECK_PORT } from '../checkPort';
import { checkRaw } from './checkRaw';
import { pagePayload, PAGE_PASS_LIMIT, type PagePayload } from './pagePayload';

export interface PageReply extends PagePayload {
  /** True when a fuller reply (the passing findings) follows on the same port. */
  more: boolean;
  checkMs?: number;
}

/**
 * A checked page's replies, in sending order (JSON text each: see the worker's handler); one
 * `null` when the page is not a disclosure. The second is built only when asked for (lazily), so
 * the first can be sent before it is made.
 */
export function* pageReplies(raw: RawDoc<number>, passLimit = PAGE_PASS_LIMIT): Generator<PageReply | null, void, void> {
  const t0 = Date.now();
  const result = checkRaw(raw);
  if (!result) {
    yield null;
    return;
  }
  const checkMs = Date.now() - t0;
  const passes = result.report.findings.filter((f) => f.status === 'pass').length;
  // Beyond the limit passes are only counted, so the full payload would say nothing new.
  const more = passes > 0 && passes <= passLimit;
  const first = pagePayload(result, 0);
  yield { ...first, omittedPass: more ? 0 : first.omittedPass, more, checkMs };
  if (more) yield { ...pagePayload(result, passLimit), more: false, checkMs };
}
