// A tiny PDF writer for tests: exact control over how text and rules are drawn (split items,
// single-glyph CJK runs, stroked vs filled rules, /Rotate, image-only pages, an /Encrypt entry)
// without depending on a producer. ASCII text uses Helvetica; CJK uses the non-embedded
// STSong-Light with UniGB-UCS2-H, which pdf.js reads only with its CMaps (as real PDFs need).

import { deflateSync } from 'node:zlib';

export interface TestPage {
  width?: number;
  height?: number;
  rotate?: 0 | 90 | 180 | 270;
  /** Content stream operators (use the helpers below). */
  content: string[];
  /** Store the content stream Flate-compressed (as most producers do). */
  compress?: boolean;
  /** The content stream as given (already encoded with `filter`), instead of `content`. */
  rawStream?: { filter: string; data: Uint8Array };
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** Text at (x, y) baseline, `size` pt, optional text rise (superscript). */
export function text(x: number, y: number, size: number, s: string, rise = 0): string {
  const font = isAscii(s) ? 'F1' : 'F2';
  const str = isAscii(s)
    ? `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`
    : `<${Array.from(s).map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  return `BT /${font} ${size} Tf ${rise ? `${rise} Ts ` : ''}1 0 0 1 ${x} ${y} Tm ${str} Tj ET`;
}

/** Text drawn one glyph per Tj (as many producers set CJK), `advance` pt apart. */
export function glyphs(x: number, y: number, size: number, s: string, advance = size): string[] {
  return Array.from(s).map((ch, i) => text(x + i * advance, y, size, ch));
}

/** A stroked line. */
export function line(x1: number, y1: number, x2: number, y2: number, width = 0.75): string {
  return `${width} w ${x1} ${y1} m ${x2} ${y2} l S`;
}

/** A filled rectangle (a rule when thin). */
export function box(x: number, y: number, w: number, h: number, gray = 0): string {
  return `${gray} g ${x} ${y} ${w} ${h} re f 0 g`;
}

/** A 1×1 gray inline image scaled to w×h at (x, y): a "scanned" page. */
export function image(x: number, y: number, w: number, h: number): string {
  return `q ${w} 0 0 ${h} ${x} ${y} cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q`;
}

export interface MakePdfOptions {
  /** Add an /Encrypt dictionary whose user password is not empty (pdf.js asks for a password). */
  encrypted?: boolean;
  title?: string;
}

export function makePdf(pages: TestPage[], options: MakePdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(''); // 1, filled below
  const pagesObj = add(''); // 2
  const helv = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const desc = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>',
  );
  const song = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${desc} 0 R] >>`);
  const kids: number[] = [];
  for (const p of pages) {
    const plain = p.content.join('\n');
    const stream = p.rawStream
      ? Buffer.from(p.rawStream.data).toString('latin1')
      : p.compress
        ? deflateSync(Buffer.from(plain, 'latin1')).toString('latin1')
        : plain;
    const filter = p.rawStream ? ` /Filter /${p.rawStream.filter}` : p.compress ? ' /Filter /FlateDecode' : '';
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')}${filter} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} ` +
          `/Resources << /Font << /F1 ${helv} 0 R /F2 ${song} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title (${options.title ?? 'test'}) >>`);
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
