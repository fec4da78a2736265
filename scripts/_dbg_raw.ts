// usage: tsx raw.ts FILE.pdf FROMPAGE TOPAGE  — dumps RawDoc blocks
import { readFileSync } from 'node:fs';
import { extractPdfRaw } from '/work/main/lib/extract/pdf/extractPdfRaw';
import { loadPdfNode } from '/work/main/lib/extract/pdf/loadNode';
const f = process.argv[2]!; const from = Number(process.argv[3] ?? 1), to = Number(process.argv[4] ?? 999);
const pdf = await loadPdfNode(new Uint8Array(readFileSync(f)));
const pages = []; for (let p = from; p <= Math.min(to, pdf.numPages); p++) pages.push(p);
const raw = await extractPdfRaw(pdf, f, { pages });
for (const b of raw.blocks) {
  if (b.type === 'text') console.log(`T p${b.page} ${b.align ?? ''}| ${b.text}`);
  else { console.log(`G p${b.page} ${b.rows.length}x${b.rows[0]?.length}`); for (const r of b.rows.slice(0, Number(process.env.ROWS ?? 8))) console.log('   ', r.map((c) => c.text).join(' | ')); }
}
