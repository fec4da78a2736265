import { readFileSync } from 'node:fs';
import { extractPdfRaw } from '../lib/extract/pdf/extractPdfRaw';
import { loadPdfNode } from '../lib/extract/pdf/loadNode';
import { segment } from '../lib/extract/assemble/segment';
import { mergeContinuations } from '../lib/extract/assemble/continuation';
const f = process.argv[2]!; const from = Number(process.argv[3] ?? 1), to = Number(process.argv[4] ?? 999);
const pdf = await loadPdfNode(new Uint8Array(readFileSync(f)));
const pages = []; for (let p = from; p <= Math.min(to, pdf.numPages); p++) pages.push(p);
const raw = await extractPdfRaw(pdf, f, { pages });
const m = mergeContinuations(segment(raw.blocks).tables);
for (const t of m) { console.log('TABLE', t.draft.context.title, 'h=', t.headerRows, 'p', t.page, t.pageEnd, t.rows.length); for (const r of t.rows.slice(0, t.headerRows + 2)) console.log('   ', r.map((c) => c.text).join(' | ')); }
for (const t of m) for (const r of t.rows.slice(t.headerRows)) { const v = r.slice(0, 3).map((c) => c.text); if (v.some((x) => x.trim() && !/^[0-9]+$/.test(x.trim()))) console.log('ODD', t.draft.context.title, v.join('|'), '::', r.map((c) => c.text).join(' | ')); }
