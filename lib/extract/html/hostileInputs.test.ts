// The hostile fixtures are what they claim to be, and the HTML ones are read safely: a news page
// with a table of numbers is extracted but is not a disclosure; seed pages are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { isDisclosure } from '../../disclosure/documentGate';
import { extractHtml } from './index';

const bytes = (name: string): Buffer => readFileSync(fixturePath('hostile', name));

describe('news page with a table of numbers', () => {
  const { doc } = extractHtml(bytes('news-table.html'), 'news-table.html');
  it('its table is read, as a table of kind other', () => {
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.kind).toBe('other');
    expect(doc.tables[0]!.rows.map((r) => r.label)).toContain('地区生产总值');
  });
  it('is not a disclosure', () => {
    expect(isDisclosure(doc)).toBe(false);
  });
  it('nor is a recruitment notice with counts and fees', () => {
    const notice = extractHtml(bytes('not-a-disclosure.html'), 'not-a-disclosure.html').doc;
    expect(notice.tables).toHaveLength(1);
    expect(isDisclosure(notice)).toBe(false);
  });
  it('a seed page is one', () => {
    const seed = extractHtml(readFileSync(fixturePath('html', '001-sample.html')), '001-sample.html').doc;
    expect(isDisclosure(seed)).toBe(true);
  });
});

describe('hostile PDFs are built as claimed', () => {
  it('encrypted.pdf carries an /Encrypt dictionary', () => {
    const s = bytes('encrypted.pdf').toString('latin1');
    expect(s.startsWith('%PDF-')).toBe(true);
    expect(s).toMatch(/\/Encrypt\s+\d+\s+0\s+R/);
  });
  it('truncated.pdf starts as a PDF and has lost its end (no xref trailer, no %%EOF)', () => {
    const s = bytes('truncated.pdf').toString('latin1');
    expect(s.startsWith('%PDF-')).toBe(true);
    expect(s).not.toContain('%%EOF');
    expect(s).not.toContain('startxref');
  });
  it('scanned.pdf is one page holding an image and no font', () => {
    const s = bytes('scanned.pdf').toString('latin1');
    expect(s).toMatch(/\/Subtype\s*\/Image/);
    expect(s).not.toMatch(/\/Type\s*\/Font/);
    expect(s.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});
