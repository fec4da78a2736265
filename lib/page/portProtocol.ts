// The page ⇄ worker check port's replies, declared once and used at both ends (the worker
// encodes, the content script decodes): JSON text on the wire (Chrome converts message objects
// value by value on the page's thread; a string crosses in one piece). Validated by hand on
// arrival — zod would overrun the content script's size budget.
import type { PagePayload } from './worker/pagePayload';
import type { PageReply } from './worker/pageReplies';

/** Where the worker's time went, for the e2e trace (entrypoints/content/trace). */
export interface WorkerTimings {
  /** Assembling and checking the page. */
  checkMs: number;
  /** From the request's arrival to this reply's sending. */
  handlerMs: number;
  /** Date.now() when the request arrived and when this reply left (the clocks are shared). */
  inAt: number;
  outAt: number;
}

export type PortReply =
  | { type: 'checked'; payload: PagePayload; /** Another reply (the passing findings) follows. */ more: boolean; timings: WorkerTimings }
  | { type: 'not-disclosure' }
  | { type: 'error'; error: string };

export const encodePortReply = (r: PortReply): string => JSON.stringify(r);

/** The worker's PageReply (or null: not a disclosure) as sent. */
export function portReplyOf(reply: PageReply | null, h0: number): PortReply {
  if (reply === null) return { type: 'not-disclosure' };
  const { more, checkMs = 0, ...payload } = reply;
  const now = Date.now();
  return { type: 'checked', payload, more, timings: { checkMs, handlerMs: now - h0, inAt: h0, outAt: now } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isPayload(v: unknown): v is PagePayload {
  if (!isObject(v) || !isObject(v.report) || !isObject(v.anchors)) return false;
  const { report, anchors } = v;
  return (
    Array.isArray(report.findings) &&
    Array.isArray(report.tables) &&
    isObject(report.summary) &&
    Array.isArray(anchors.cells) &&
    Array.isArray(anchors.text) &&
    isNumber(v.omittedPass) &&
    (v.passByGroup === undefined || isObject(v.passByGroup))
  );
}

function isTimings(v: unknown): v is WorkerTimings {
  return isObject(v) && isNumber(v.checkMs) && isNumber(v.handlerMs) && isNumber(v.inAt) && isNumber(v.outAt);
}

/** A reply's JSON text → the reply; throws with one clear message when it is not one. */
export function decodePortReply(json: string): PortReply {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    throw new Error('核查失败：回复无法读取 (unreadable reply)');
  }
  if (isObject(v)) {
    if (v.type === 'not-disclosure') return { type: 'not-disclosure' };
    if (v.type === 'error' && typeof v.error === 'string') return { type: 'error', error: v.error };
    if (v.type === 'checked' && typeof v.more === 'boolean' && isPayload(v.payload) && isTimings(v.timings)) return { type: 'checked', payload: v.payload, more: v.more, timings: v.timings };
  }
  throw new Error('核查失败：回复格式不符 (unexpected reply)');
}

/** No reply follows this one. */
export const isLastReply = (r: PortReply): boolean => r.type !== 'checked' || !r.more;
