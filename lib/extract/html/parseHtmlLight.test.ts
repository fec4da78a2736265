import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import type { RawDoc } from '../raw';
import { extractHtmlRaw } from './extractHtmlRaw';
import { decodeHtmlBytes } from './htmlCharset';
import { parseHtmlLight } from './parseHtmlLight';
import { parseHtmlNode } from './parseHtmlNode';

/** Every block, every slot's text, origin and hints, the images. */
const digest = (raw: RawDoc<unknown>) => ({
  title: raw.title,
  images: raw.images ?? [],
  blocks: raw.blocks.map((b) =>
    b.type === 'grid'
      ? { g: b.rows.map((r) => r.map((c) => [c.text, c.originRow, c.originCol, c.header ? 1 : 0, c.bold ? 1 : 0])) }
      : { t: b.text, h: b.heading ?? null, a: b.align ?? null },
  ),
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : /\.html?$/.test(f) ? [p] : [];
  });
}

describe('parseHtmlLight', () => {
  it('is read by the walker exactly as linkedom is, on every HTML fixture (seeds, regional layouts, hostile pages, the crawl site)', () => {
    const files = htmlFiles(fixturePath());
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const html = decodeHtmlBytes(readFileSync(f));
      expect(digest(extractHtmlRaw(parseHtmlLight(html), f)), f).toEqual(digest(extractHtmlRaw(parseHtmlNode(html), f)));
    }
  });

  it('links nodes as the DOM does', () => {
    const doc = parseHtmlLight('<!doctype html><html><head><title>A &amp; B</title></head><body><p id=x>one<b>two</b><!-- c -->three</p><p>four</p></body></html>');
    expect(doc.nodeType).toBe(9);
    const html = doc.documentElement!;
    expect(html.localName).toBe('html');
    expect(html.tagName).toBe('HTML');
    expect(html.ownerDocument).toBe(doc);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('A & B');
    const [p1, p2] = doc.getElementsByTagName('P');
    expect(p1!.getAttribute('id')).toBe('x');
    expect(p1!.nextElementSibling).toBe(p2);
    expect(p1!.textContent).toBe('onetwothree'); // comments are not text
    expect(p1!.firstChild!.nodeType).toBe(3);
    expect(p1!.lastChild!.previousSibling!.nodeType).toBe(8);
    expect(p1!.firstElementChild!.localName).toBe('b');
    expect(p2!.nextElementSibling).toBeNull();
  });

  it('lower-cases attribute names and keeps the first of duplicates, as a browser does; odd names stay plain keys', () => {
    const td = parseHtmlLight('<table><tr><td COLSPAN="2" colspan="3" __proto__="p" constructor="c">x</td></tr></table>').getElementsByTagName('td')[0]!;
    expect(td.getAttribute('colspan')).toBe('2');
    expect(td.getAttribute('ColSpan')).toBe('2');
    expect(td.hasAttribute('rowspan')).toBe(false);
    expect(td.getAttribute('rowspan')).toBeNull();
    expect(td.getAttribute('constructor')).toBe('c');
    expect(td.getAttribute('toString')).toBeNull();
  });

  it('builds a tree nested thousands deep without recursion', () => {
    const depth = 20_000;
    const doc = parseHtmlLight('<div>'.repeat(depth) + '深' + '</div>'.repeat(depth));
    expect(doc.getElementsByTagName('div')).toHaveLength(depth);
    expect(doc.documentElement!.textContent).toBe('深');
  });
});
