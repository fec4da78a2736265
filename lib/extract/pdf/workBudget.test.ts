// The work budget (issue 14, item 7): hostile PDFs built on the fly are refused with one clear
// state, 'too-complex' (文件过大或过于复杂), before pdf.js is asked for the work; real documents pass
// with the budget far above what they need. No timers: the time limit is tested with an injected clock.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { ExtractError } from '../errors';
import { extractPdfNode, inflateNode } from './loadNode';
import { flateBombPdf, lineSegmentsPdf, nestedSavesPdf } from '../../../tests/support/pdf/hostilePdfs';
import { makePdf, text } from '../../../tests/support/pdf/makePdf';
import { sampleTableContent } from '../../../tests/support/pdf/sampleTable';
import { BudgetClock, budgetOf, checkPdfBytes, ContentCounter, DEFAULT_BUDGET, inflateChunks } from './workBudget';
import { deflateSync } from 'node:zlib';

async function refusal(bytes: Uint8Array, options: Parameters<typeof extractPdfNode>[2] = {}): Promise<ExtractError> {
  try {
    await extractPdfNode(bytes, 'hostile.pdf', options);
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    return e as ExtractError;
  }
  throw new Error('the document was read');
}

describe('hostile PDFs are refused as too complex, never a hang', () => {
  it('30,000 nested q in a 1.5 KB file (minutes in pdf.js before)', async () => {
    const bytes = nestedSavesPdf(30_000);
    expect(bytes.length).toBeLessThan(4500);
    const e = await refusal(bytes);
    expect(e.code).toBe('too-complex');
    expect(e.messageZh).toMatch(/^文件过大或过于复杂.*嵌套超过 1000 层/);
  });

  it('a million line segments on one page (half a gigabyte in pdf.js before)', async () => {
    const e = await refusal(lineSegmentsPdf(1_000_000));
    expect(e.code).toBe('too-complex');
    expect(e.messageZh).toMatch(/绘图指令超过 1000000 条/);
  });

  it('a compression bomb: 1 MB inflating to 1 GB (2.8 GB of memory before)', async () => {
    const bytes = flateBombPdf(1_000_000_000);
    expect(bytes.length).toBeLessThan(1_100_000);
    const e = await refusal(bytes);
    expect(e.code).toBe('too-complex');
    expect(e.messageZh).toMatch(/解压后超过 128 MB/);
  });

  it('a file larger than the budget is refused before anything is parsed', async () => {
    await expect(checkPdfBytes(new Uint8Array(2048), budgetOf({ maxFileBytes: 1024 }))).rejects.toMatchObject({ code: 'too-complex' });
  });

  it('more pages than the budget', async () => {
    const e = await refusal(makePdf([{ content: sampleTableContent() }]), { budget: { maxPages: 0 } });
    expect(e.messageZh).toMatch(/共 1 页，超过上限 0 页/);
  });

  it('past the time limit (a clock that moves a minute per look)', async () => {
    let t = 0;
    const clock = new BudgetClock(budgetOf({ maxMillis: 90_000 }), () => (t += 60_000));
    const e = await refusal(makePdf([{ content: sampleTableContent() }]), { clock });
    expect(e.code).toBe('too-complex');
    expect(e.messageZh).toMatch(/读取超过 90 秒/);
  });
});

describe('real documents are within the budget, by far', () => {
  const dir = fixturePath('pdf');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  it.each(files)('%s', async (file) => {
    const seen = await checkPdfBytes(new Uint8Array(readFileSync(`${dir}/${file}`)));
    expect(seen.streams).toBeGreaterThan(0);
    expect(seen.maxNesting).toBeLessThan(DEFAULT_BUDGET.maxNesting / 50);
    expect(seen.maxOperators).toBeLessThan(DEFAULT_BUDGET.maxOperators / 50);
    expect(seen.decodedBytes).toBeLessThan(DEFAULT_BUDGET.maxStreamBytes / 20);
  });

  it('nesting of 200 (deep, but real producers go deeper than 20 at times) is read', async () => {
    const { doc } = await extractPdfNode(nestedSavesPdf(200), 'nested-200.pdf');
    expect(doc.source).toBe('nested-200.pdf');
  });
});

describe('ContentCounter: operators and q nesting of a content stream', () => {
  const count = (s: string, chunk = 7) => {
    const c = new ContentCounter();
    const bytes = new Uint8Array(Buffer.from(s, 'latin1'));
    for (let i = 0; i < bytes.length; i += chunk) c.feed(bytes.subarray(i, i + chunk)); // split anywhere
    c.feed(new Uint8Array([0x0a]));
    return { operators: c.operators, maxDepth: c.maxDepth };
  };
  it('counts operators, not operands', () => {
    expect(count('q 1 0 0 1 10 20 cm /F1 12 Tf [(a) -3 (b)] TJ <</MCID 0>> BDC EMC Q')).toEqual({ operators: 7, maxDepth: 1 });
  });
  it('q inside strings, hex strings, names and comments is not nesting', () => {
    expect(count('(q q (q) \\( q) <71> /q % q q q\nq Q')).toEqual({ operators: 2, maxDepth: 1 });
  });
  it('inline image data is skipped up to EI', () => {
    expect(count('BI /W 2 /H 1 /BPC 8 /CS /G ID q\x00q\x01 EI q q Q Q')).toEqual({ operators: 6, maxDepth: 2 }); // BI ID (data EI) q q Q Q
  });
  it('true, false and null are operands', () => {
    expect(count('/Artifact <</Tagged true /Alt null /X false>> BDC')).toEqual({ operators: 1, maxDepth: 0 });
  });
});

describe('uncompressed content streams are counted too', () => {
  it('30,000 nested q written plainly', async () => {
    const bytes = makePdf([{ content: [text(72, 700, 12, 'x'), 'q\n'.repeat(30_000), 'Q\n'.repeat(30_000)] }]);
    await expect(checkPdfBytes(bytes)).rejects.toMatchObject({ code: 'too-complex' });
  });
});

describe("Node's inflater (the CLI) sees what the portable one (the extension) sees", () => {
  const dir = fixturePath('pdf');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  it.each(files)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(`${dir}/${file}`));
    expect(await checkPdfBytes(bytes, DEFAULT_BUDGET, inflateNode)).toEqual(await checkPdfBytes(bytes, DEFAULT_BUDGET, inflateChunks));
  });

  it('both refuse the compression bomb with the same message', async () => {
    const bomb = flateBombPdf(1_000_000_000);
    const messages = await Promise.all([inflateNode, inflateChunks].map((f) => checkPdfBytes(bomb, DEFAULT_BUDGET, f).catch((e: ExtractError) => e.messageZh)));
    expect(messages[0]).toMatch(/解压后超过 128 MB/);
    expect(messages[1]).toBe(messages[0]);
  });

  it('a truncated stream is counted as far as it decodes, one with a wrong checksum whole', async () => {
    const content = Buffer.from('q q q BT /F1 12 Tf (x) Tj ET Q Q Q\n'.repeat(200), 'latin1');
    const z = deflateSync(content);
    const seen = (data: Uint8Array) => {
      const chunks: number[] = [];
      return Promise.resolve(inflateNode(data, DEFAULT_BUDGET.maxStreamBytes, (c) => (chunks.push(c.length), true))).then(() => chunks.reduce((a, b) => a + b, 0));
    };
    const truncated = await seen(z.subarray(0, Math.floor(z.length / 2)));
    expect(truncated).toBeGreaterThan(0);
    expect(truncated).toBeLessThan(content.length);
    const damaged = Buffer.from(z);
    damaged[damaged.length - 1]! ^= 0xff; // a wrong checksum: the data is read all the same, as pdf.js reads it
    expect(await seen(damaged)).toBe(content.length);
  });
});
