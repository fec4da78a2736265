// Builds small PDFs byte by byte for tests of the PDF object reader: the classic layout
// (cross-reference table), the compressed one Acrobat writes (objects packed in an object stream,
// a cross-reference stream with a PNG predictor), or the hybrid one written for older readers (a
// table that leaves the packed objects out, and /XRefStm pointing at the stream that holds them),
// so that all are tested without committed binaries.
import { deflateSync } from 'node:zlib';

export interface PdfObjectSpec {
  /** The dictionary or other object, as PDF text (`<< /Type /Page … >>`). */
  body: string;
  /** Stream data: the object is a stream, Flate-encoded unless `raw`. */
  stream?: string | Uint8Array;
  raw?: boolean;
}

const enc = new TextEncoder();
const bytesOf = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff) : s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Objects are numbered from 1 in order; object 1 must be the catalog. */
export function buildPdf(objects: PdfObjectSpec[], layout: 'classic' | 'compressed' | 'hybrid' = 'classic'): Uint8Array {
  const parts: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const push = (b: Uint8Array) => {
    parts.push(b);
    length += b.length;
  };
  const offsets: number[] = [];
  const streamObject = (num: number, dict: string, data: Uint8Array): Uint8Array =>
    concat([bytesOf(`${num} 0 obj\n${dict.replace(/>>\s*$/, ` /Length ${data.length} >>`)}\nstream\n`), data, bytesOf('\nendstream\nendobj\n')]);
  const encoded = (o: PdfObjectSpec) => {
    const data = bytesOf(o.stream!);
    return o.raw ? { dict: o.body, data } : { dict: o.body.replace(/>>\s*$/, ' /Filter /FlateDecode >>'), data: new Uint8Array(deflateSync(data)) };
  };
  if (layout === 'classic') {
    objects.forEach((o, i) => {
      offsets[i + 1] = length;
      if (o.stream !== undefined) {
        const { dict, data } = encoded(o);
        push(streamObject(i + 1, dict, data));
      } else push(bytesOf(`${i + 1} 0 obj\n${o.body}\nendobj\n`));
    });
    const xref = length;
    let table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (let n = 1; n <= objects.length; n++) table += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    push(bytesOf(`${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
    return concat(parts);
  }
  // Compressed: streams stay top-level, everything else goes into one object stream.
  const packed: number[] = [];
  objects.forEach((o, i) => {
    if (o.stream !== undefined) {
      offsets[i + 1] = length;
      const { dict, data } = encoded(o);
      push(streamObject(i + 1, dict, data));
    } else packed.push(i + 1);
  });
  const objStmNum = objects.length + 1;
  const xrefNum = objects.length + 2;
  let header = '';
  let body = '';
  for (const n of packed) {
    header += `${n} ${body.length} `;
    body += `${objects[n - 1]!.body}\n`;
  }
  offsets[objStmNum] = length;
  push(streamObject(objStmNum, `<< /Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode >>`, new Uint8Array(deflateSync(bytesOf(header + body)))));
  // Rows: type (1 byte), offset or object-stream number (4), generation or index (2); PNG Up.
  const size = xrefNum + 1;
  const rows: number[][] = [];
  for (let n = 0; n < size; n++) {
    if (n === 0) rows.push([0, 0, 0, 0, 0, 0xff, 0xff]);
    else if (packed.includes(n)) {
      const idx = packed.indexOf(n);
      rows.push([2, (objStmNum >>> 24) & 255, (objStmNum >>> 16) & 255, (objStmNum >>> 8) & 255, objStmNum & 255, idx >> 8, idx & 255]);
    } else {
      const off = n === xrefNum ? length : offsets[n]!;
      rows.push([1, (off >>> 24) & 255, (off >>> 16) & 255, (off >>> 8) & 255, off & 255, 0, 0]);
    }
  }
  const predicted: number[] = [];
  rows.forEach((row, r) => {
    predicted.push(2); // PNG "Up"
    row.forEach((v, i) => predicted.push((v - (r > 0 ? rows[r - 1]![i]! : 0)) & 255));
  });
  const xref = length;
  push(
    streamObject(
      xrefNum,
      `<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> >>`,
      new Uint8Array(deflateSync(Uint8Array.from(predicted))),
    ),
  );
  if (layout === 'compressed') {
    push(bytesOf(`startxref\n${xref}\n%%EOF\n`));
    return concat(parts);
  }
  // Hybrid: a table for the top-level objects only (subsections skip the packed ones), the
  // stream that lists them named by /XRefStm.
  const table = length;
  let rowsText = 'xref\n0 1\n0000000000 65535 f \n';
  for (let n = 1; n < xrefNum; ) {
    if (packed.includes(n)) {
      n++;
      continue;
    }
    let end = n;
    while (end < xrefNum && !packed.includes(end)) end++;
    rowsText += `${n} ${end - n}\n`;
    for (let k = n; k < end; k++) rowsText += `${String(offsets[k]).padStart(10, '0')} 00000 n \n`;
    n = end;
  }
  push(bytesOf(`${rowsText}trailer\n<< /Size ${size} /Root 1 0 R /XRefStm ${xref} >>\nstartxref\n${table}\n%%EOF\n`));
  return concat(parts);
}
