// The page check as the content script sees it: the RawDoc (JSON text) goes to the worker over
// one port (lib/page/checkPort), and its replies (lib/page/portProtocol) come back one by one,
// decoded and typed, each with the time it arrived. Ends after the reply that says no more
// follows, or when the port closes.
import { CHECK_PORT } from '../../lib/page/checkPort';
import { decodePortReply, isLastReply, type PortReply } from '../../lib/page/portProtocol';

export interface ArrivedReply {
  reply: PortReply;
  /** performance.now() when the reply arrived, before decoding. */
  at: number;
  /** Its length in characters (JSON text). */
  chars: number;
}

/**
 * Opened before the page is read, so a sleeping worker starts (and loads the engine) while the
 * content script extracts; `replies(json)` then sends the RawDoc and yields the answers.
 */
export function openCheckPort(): { replies: (json: string) => AsyncGenerator<ArrivedReply, void, void>; close: () => void } {
  const port = browser.runtime.connect({ name: CHECK_PORT });
  const queue: (ArrivedReply | Error | null)[] = [];
  let wake: (() => void) | null = null;
  const push = (r: ArrivedReply | Error | null) => {
    queue.push(r);
    wake?.();
    wake = null;
  };
  port.onMessage.addListener((msg: unknown) => {
    const at = performance.now();
    if (typeof msg !== 'string') return push(new Error('核查失败：回复格式不符 (unexpected reply)'));
    try {
      push({ reply: decodePortReply(msg), at, chars: msg.length });
    } catch (e) {
      push(e as Error);
    }
  });
  port.onDisconnect.addListener(() => push(null));
  async function* replies(json: string): AsyncGenerator<ArrivedReply, void, void> {
    port.postMessage(json);
    try {
      for (;;) {
        if (!queue.length) await new Promise<void>((r) => (wake = r));
        const r = queue.shift()!;
        if (r === null) throw new Error('核查中断 the worker closed the connection');
        if (r instanceof Error) throw r;
        yield r;
        if (isLastReply(r.reply)) return;
      }
    } finally {
      port.disconnect();
    }
  }
  return { replies, close: () => port.disconnect() };
}
