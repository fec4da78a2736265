// The page check as the content script sees it: the RawDoc (JSON text) goes to the worker over
// one port (lib/page/checkPort), and its replies (lib/page/pageReplies: default marks first, passing findings after)
// come back one by one as parsed values, each with the time it arrived. Ends after the reply
// that says no more follows, or when the port closes.
import { CHECK_PORT } from '../../lib/page/checkPort';

export interface PortReply {
  value: unknown;
  /** performance.now() when the reply arrived, before parsing. */
  at: number;
  /** Its length in characters (JSON text). */
  chars: number;
}

const hasMore = (v: unknown): boolean => !!v && typeof v === 'object' && (v as { more?: unknown }).more === true;

/**
 * Opened before the page is read, so a sleeping worker starts (and loads the engine) while the
 * content script extracts; `replies(json)` then sends the RawDoc and yields the answers.
 */
export function openCheckPort(): { replies: (json: string) => AsyncGenerator<PortReply, void, void>; close: () => void } {
  const port = browser.runtime.connect({ name: CHECK_PORT });
  const queue: (PortReply | Error | null)[] = [];
  let wake: (() => void) | null = null;
  const push = (r: PortReply | Error | null) => {
    queue.push(r);
    wake?.();
    wake = null;
  };
  port.onMessage.addListener((msg: unknown) => {
    const at = performance.now();
    if (typeof msg !== 'string') return push(new Error('unexpected reply'));
    try {
      push({ value: JSON.parse(msg), at, chars: msg.length });
    } catch (e) {
      push(e as Error);
    }
  });
  port.onDisconnect.addListener(() => push(null));
  async function* replies(json: string): AsyncGenerator<PortReply, void, void> {
    port.postMessage(json);
    try {
      for (;;) {
        if (!queue.length) await new Promise<void>((r) => (wake = r));
        const r = queue.shift()!;
        if (r === null) throw new Error('核查中断 the worker closed the connection');
        if (r instanceof Error) throw r;
        yield r;
        if (!hasMore(r.value)) return;
      }
    } finally {
      port.disconnect();
    }
  }
  return { replies, close: () => port.disconnect() };
}
