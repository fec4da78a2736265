// Extracted text of a disclosure (the seeds' form) → RawDoc. Lines are blocks; runs of table
// lines (tab-separated, markdown pipes, or cells apart by 2+ spaces holding amounts) are grids.
// A blank line ends a grid: whether the next grid continues it is for `assemble` to decide.
// Every cell and block keeps its offsets into the input, so findings can point back at it.
import type { GridCell, RawBlock, RawDoc } from '../raw';
import { resolveHeaderSpans } from './headerSpans';
import { looksLikeAmount } from '../assemble/textForms';

export interface TextAnchor {
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
}

interface CellPiece {
  text: string;
  start: number;
  end: number;
  bold: boolean;
}

const TAG = /<\/?(?:b|strong|u|i|em|span|sup|sub)\b[^>]*>/gi;

/** Strips inline tags, remembering whether the content was bold. Offsets stay the raw cell's. */
function cleanCell(raw: string): { text: string; bold: boolean } {
  const bold = /<(b|strong)\b/i.test(raw) || /^\*\*.*\*\*$/.test(raw.trim());
  let text = raw.replace(TAG, '').replace(/\*\*/g, '');
  text = text.replace(/\s+/g, ' ').trim();
  return { text, bold };
}

function splitLine(line: Line): CellPiece[] | null {
  const t = line.text;
  let parts: { text: string; start: number }[] | null = null;
  if (t.includes('\t')) {
    parts = [];
    let pos = 0;
    for (const seg of t.split('\t')) {
      parts.push({ text: seg, start: pos });
      pos += seg.length + 1;
    }
  } else if (/^\s*\|.*\|\s*$/.test(t)) {
    // markdown pipe row; the |---| separator row is no data
    if (/^\s*\|[\s:|-]+\|\s*$/.test(t)) return [];
    parts = [];
    const first = t.indexOf('|');
    const last = t.lastIndexOf('|');
    let pos = first + 1;
    for (const seg of t.slice(first + 1, last).split('|')) {
      parts.push({ text: seg, start: pos });
      pos += seg.length + 1;
    }
  } else if (/\S {2,}\S/.test(t)) {
    const segs: { text: string; start: number }[] = [];
    const re = /\S+(?: \S+)*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) segs.push({ text: m[0], start: m.index });
    // Only a line that carries amounts is a table row ("部门名称：X      2024年度" is not).
    if (segs.length >= 3 && segs.filter((s) => looksLikeAmount(s.text)).length >= 2) parts = segs;
  }
  if (!parts) return null;
  return parts.map((p) => {
    const c = cleanCell(p.text);
    return { text: c.text, bold: c.bold, start: line.start + p.start, end: line.start + p.start + p.text.length };
  });
}

/** Page-break debris: lone page numbers, "- 12 -", "第 3 页". */
function isDebris(text: string): boolean {
  const t = text.trim();
  return /^[-—]?\s*[0-9]{1,3}\s*[-—]?$/.test(t) || /^第\s*[0-9]+\s*页(\s*共\s*[0-9]+\s*页)?$/.test(t);
}

export function extractTextRaw(text: string, source: string): RawDoc<TextAnchor> {
  const blocks: RawBlock<TextAnchor>[] = [];
  let gridRows: CellPiece[][] = [];

  const flushGrid = () => {
    if (gridRows.length === 0) return;
    const width = gridRows.reduce((m, r) => Math.max(m, r.length), 0);
    const rows: GridCell<TextAnchor>[][] = gridRows.map((r, ri) => {
      const out: GridCell<TextAnchor>[] = [];
      for (let ci = 0; ci < width; ci++) {
        const p = r[ci];
        const last = r[r.length - 1];
        const at = p ? { start: p.start, end: p.end } : { start: last ? last.end : 0, end: last ? last.end : 0 };
        out.push({ text: p ? p.text : '', originRow: ri, originCol: ci, bold: p?.bold || undefined, anchor: at });
      }
      return out;
    });
    blocks.push({ type: 'grid', rows: resolveHeaderSpans(rows), page: null });
    gridRows = [];
  };

  let pos = 0;
  const all = text.split('\n');
  for (const rawLine of all) {
    const line: Line = { text: rawLine.replace(/\r$/, ''), start: pos };
    pos += rawLine.length + 1;
    const cells = splitLine(line);
    if (cells) {
      if (cells.length > 0) gridRows.push(cells);
      continue;
    }
    flushGrid();
    const trimmed = line.text.trim();
    if (!trimmed || isDebris(trimmed)) continue;
    let body = trimmed;
    let heading: number | undefined;
    const h = /^(#{1,6})\s+(.*)$/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = h[2]!;
    }
    body = body.replace(/^[-*]\s+/, ''); // list bullet
    const cleaned = cleanCell(body);
    if (!cleaned.text) continue;
    const lead = line.text.indexOf(trimmed);
    blocks.push({
      type: 'text',
      text: cleaned.text,
      page: null,
      heading,
      anchor: { start: line.start + lead, end: line.start + lead + trimmed.length },
    });
  }
  flushGrid();
  return { source, format: 'text', title: null, pages: null, blocks };
}
