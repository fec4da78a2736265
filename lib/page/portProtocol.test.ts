// Both ends of the check port on a real seed page: what the worker encodes the content script
// decodes to the same payload, timings typed; anything else is one clear error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { extractHtmlRaw } from '../extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../extract/html/parseHtmlNode';
import { pageReplies } from './worker/pageReplies';
import { decodePortReply, encodePortReply, isLastReply, portReplyOf } from './portProtocol';
import { detachAnchors } from './transferableRaw';

const rawOf = (...path: string[]) =>
  JSON.parse(JSON.stringify(detachAnchors(extractHtmlRaw(parseHtmlNode(readFileSync(fixturePath(...path), 'utf8')) as unknown as Document, 'http://x.gov.cn/p.html')).raw));

describe('the check port protocol', () => {
  it('seed 003: every reply decodes to what was sent, the last one says so', () => {
    const h0 = Date.now();
    const sent = [...pageReplies(rawOf('html', '003_8bc4a22c64091804.html'))].map((r) => portReplyOf(r, h0));
    expect(sent.length).toBe(2);
    const got = sent.map((r) => decodePortReply(encodePortReply(r)));
    expect(got).toEqual(sent);
    expect(got.map(isLastReply)).toEqual([false, true]);
    const first = got[0]!;
    if (first.type !== 'checked') throw new Error('expected a checked reply');
    expect(first.timings.inAt).toBe(h0);
    expect(first.timings.outAt).toBeGreaterThanOrEqual(h0);
    expect(first.payload.report.summary.fail).toBeGreaterThan(0);
  });

  it('a page that is not a disclosure: one reply that ends the exchange', () => {
    const [r] = [...pageReplies(rawOf('hostile', 'news-table.html'))].map((x) => decodePortReply(encodePortReply(portReplyOf(x, 0))));
    expect(r).toEqual({ type: 'not-disclosure' });
    expect(isLastReply(r!)).toBe(true);
  });

  it('refuses what is not a reply, with one message', () => {
    expect(() => decodePortReply('{')).toThrow('unreadable reply');
    expect(() => decodePortReply('{"type":"checked","more":false,"payload":{"report":{}},"timings":{}}')).toThrow('unexpected reply');
    expect(() => decodePortReply('{"report":{"findings":[]},"anchors":{"cells":[],"text":[]}}')).toThrow('unexpected reply');
    expect(decodePortReply('{"type":"error","error":"boom"}')).toEqual({ type: 'error', error: 'boom' });
  });
});
