// Tables drawn without rules, recognised by alignment. Rows: lines carrying two or more number
// tokens ("body lines"). Columns: the x ranges that items of the body lines cover, united across
// all rows; the empty vertical corridors between them ("rivers") are column boundaries, so a
// number broken into `10,` `312.` `28` stays in one cell (other rows cover its inner gaps).
// Lines between body lines (a wrapped label, a vertically centred neighbour) join the nearest
// row; header lines directly above the first body line become header rows.
import { groupLines, joinItems, joinLines, joiner, type Line } from './lines';
import type { PageTable } from './ruledTables';
import type { Segment } from './rulings';
import type { Box, PlacedItem } from './types';

export interface AlignedTable extends PageTable {
  lines: Line[];
}

const NUMBER = /^[-−+]?[\d,，.．]*\d[\d,，.．]*%?$/;
/** Gap (in glyph sizes) that separates tokens; LibreOffice's CJK/Latin auto-space stays below it. */
const TOKEN_GAP = 0.4;

interface Token {
  text: string;
  x0: number;
  x1: number;
  items: PlacedItem[];
}

/** An amount right-aligned in its cell and the next cell's label set left, with no rule between
 * (三线表, rule-less tables): only the cells' padding parts them, wider than an office suite's
 * auto-space between a figure and the Chinese that follows it in one cell (about ¼ em). */
const CELL_PADDING_GAP = 0.35;
/** Text ending in a figure's decimals ("30,688.06"): what follows is another token. */
const ENDS_IN_DECIMALS = /\d[.．]\d+$/;
function cellBreak(left: string, right: string, gap: number, size: number): boolean {
  return ENDS_IN_DECIMALS.test(left) && CJK_START.test(right) && gap > CELL_PADDING_GAP * size;
}
const CJK_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff08\uff10-\uff19\u3000-\u303f]/;

/** Split a line into tokens: items glued where the gap is small or a number continues. */
function tokens(line: Line): Token[] {
  const out: Token[] = [];
  let cur: Token | null = null;
  let prev: PlacedItem | null = null;
  for (const it of line.items) {
    if (cur && prev) {
      const gap = it.x0 - prev.x1;
      const size = Math.max(prev.size, it.size);
      const j = joiner(cur.text, it.text, gap, size);
      if (!cellBreak(cur.text, it.text, gap, size) && (j === '' || (j === ' ' && gap <= TOKEN_GAP * size && !ENDS_IN_DECIMALS.test(cur.text)))) {
        cur.text += j + it.text;
        cur.x1 = Math.max(cur.x1, it.x1);
        cur.items.push(it);
        prev = it;
        continue;
      }
      out.push(cur);
    }
    cur = { text: it.text, x0: it.x0, x1: it.x1, items: [it] };
    prev = it;
  }
  if (cur) out.push(cur);
  return out;
}

const isNumberToken = (t: Token): boolean => NUMBER.test(t.text.replace(/\s+/g, ''));

/** A row of column numbers (栏次 1 2 3 …, centred in their cells, not aligned like figures): a
 * header line, and no guide to where the columns are. */
function isColumnNumberLine(toks: readonly Token[]): boolean {
  const nums = toks.filter((t) => !/^(栏次|行次)$/.test(t.text));
  return nums.length >= 3 && nums.every((t, i) => /^\d{1,2}$/.test(t.text) && Number(t.text) === Number(nums[0]!.text) + i);
}

function isBodyLine(line: Line): boolean {
  const toks = tokens(line);
  return toks.filter(isNumberToken).length >= 2 && !isColumnNumberLine(toks);
}

interface Column {
  x0: number;
  x1: number;
}

/** United x ranges of the tokens (gaps under `tol` closed). */
function columnsOf(items: readonly Token[], tol: number): Column[] {
  const spans = items.map((i) => ({ x0: i.x0, x1: i.x1 })).sort((a, b) => a.x0 - b.x0);
  const out: Column[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.x0 <= last.x1 + tol) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ ...s });
  }
  return out;
}

/** Column index of an x position: boundaries are the middles of the rivers. */
function columnAt(cols: readonly Column[], x: number): number {
  for (let c = 0; c < cols.length - 1; c++) if (x < (cols[c]!.x1 + cols[c + 1]!.x0) / 2) return c;
  return cols.length - 1;
}

/**
 * Where cells nearly touch (narrow office-made columns), one united range can hold two numbers
 * of a row. Split such a range between the numbers, where every crowded row agrees.
 */
function splitCrowdedColumns(cols: Column[], rows: Token[][]): Column[] {
  const out: Column[] = [];
  for (const col of cols) {
    let parts: Column[] = [col];
    for (let guard = 0; guard < 20; guard++) {
      let changed = false;
      const next: Column[] = [];
      for (const part of parts) {
        let leftEnd = -Infinity, rightStart = Infinity, crowded = 0;
        for (const toks of rows) {
          const inside = toks.filter((t) => isNumberToken(t) && t.x0 >= part.x0 - 0.5 && t.x1 <= part.x1 + 0.5);
          if (inside.length < 2) continue;
          crowded++;
          leftEnd = Math.max(leftEnd, inside[0]!.x1);
          rightStart = Math.min(rightStart, inside[1]!.x0);
        }
        if (crowded > 0 && leftEnd < rightStart) {
          next.push({ x0: part.x0, x1: leftEnd }, { x0: rightStart, x1: part.x1 });
          changed = true;
        } else next.push(part);
      }
      parts = next;
      if (!changed) break;
    }
    out.push(...parts);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** A label and one amount (the longer side of a two-sided table, whose other side has ended):
 * a row when it continues a table, not enough to start one. */
function isHalfRowLine(line: Line): boolean {
  const toks = tokens(line);
  return toks.length >= 2 && toks.filter(isNumberToken).length === 1 && toks.some((t) => isNumberToken(t) && /\d[.．]\d/.test(t.text));
}

/**
 * Whether a line above the body lies within the table's width: it may overhang the outer columns'
 * figures only with the outer column's own title (上缴上级支出 over a column of dashes, set from
 * the column's start like its figures) — a token that starts in the last column or ends in the
 * first. A paragraph line running past the table starts in neither.
 */
function withinColumns(ln: Line, cols: readonly Column[], from: number, to: number): boolean {
  const slack = 2 * ln.size;
  if (ln.x0 >= from - slack && ln.x1 <= to + slack) return true;
  if (cols.length < 3) return false;
  const lastStart = (cols[cols.length - 2]!.x1 + cols[cols.length - 1]!.x0) / 2;
  const firstEnd = (cols[0]!.x1 + cols[1]!.x0) / 2;
  return tokens(ln).every((t) => (t.x1 <= to + slack || t.x0 >= lastStart) && (t.x0 >= from - slack || t.x1 <= firstEnd));
}

const centre = (l: Line): number => (l.top + l.bottom) / 2;

/**
 * A column empty on every row of the page (部门（单位）代码 on a page of 项 rows) leaves only a
 * wide river between its neighbours; its title stands in that river, clear of both. Such a title
 * makes the column again, so the page keeps the table's width — beside a column of codes or names
 * only (between two of figures a group's title over both stands the same way), and only where it
 * cannot be a neighbour's own title centred over its cell: centred at the title, the left
 * column's cell (from its text's start) would reach past the right column's text, and the right
 * column's (to its figures' end) would start before the left column's text ends.
 */
function withTitledRivers(cols: Column[], header: readonly Line[], bodyTokens: readonly Token[][]): Column[] {
  const figures = (col: Column) => bodyTokens.flat().filter((t) => t.x0 >= col.x0 - 0.5 && t.x1 <= col.x1 + 0.5).every(isNumberToken);
  const added = new Map<number, Column>();
  for (const tok of header.flatMap(tokens)) {
    const em = tok.items[0]!.size;
    const c = cols.findIndex((col, i) => i + 1 < cols.length && tok.x0 >= col.x1 + em && tok.x1 <= cols[i + 1]!.x0 - em);
    if (c < 0 || (figures(cols[c]!) && figures(cols[c + 1]!))) continue;
    const mid = (tok.x0 + tok.x1) / 2, l = cols[c]!, r = cols[c + 1]!;
    if (2 * mid - l.x0 <= r.x0 + em || 2 * mid - r.x1 >= l.x1 - em) continue;
    const got = added.get(c);
    added.set(c, got ? { x0: Math.min(got.x0, tok.x0), x1: Math.max(got.x1, tok.x1) } : { x0: tok.x0, x1: tok.x1 });
  }
  if (added.size === 0) return cols;
  return cols.flatMap((col, i) => (added.has(i) ? [col, added.get(i)!] : [col]));
}

/**
 * A name wrapped over lines in a row whose cells are centred vertically: the row's figures sit on
 * its middle line, the name's other lines as far above as below, in one column (定额商品和服务支 /
 * 2150201 … 1.55 … / 出). The line above is the row's, not the header's last line.
 */
function wrapsAroundRow(above: Line, row: Line, below: Line, cols: readonly Column[]): boolean {
  const up = centre(row) - centre(above), down = centre(below) - centre(row);
  if (up <= 0 || up > 1.5 * row.size || Math.abs(up - down) > 0.3 * row.size) return false;
  const columnsOf = (ln: Line) => new Set(tokens(ln).map((t) => columnAt(cols, (t.x0 + t.x1) / 2)));
  const a = columnsOf(above), b = columnsOf(below);
  return a.size === 1 && b.size === 1 && [...a][0] === [...b][0];
}

/** A note saying the table has no data (本表无数据, 本单位没有…收入、支出…故本表无数据). */
const EMPTY_NOTE = /本表无数据|本表为空|无数据|没有.*(收入|支出|结转|数据)/;

/**
 * A table with no figure at all: a line of four or more column titles, 合计 alone on the next
 * line, then a note saying the table is empty. Nothing in it aligns, so nothing else finds it;
 * its columns are its titles.
 */
function emptyTable(lines: readonly Line[], k: number): AlignedTable | null {
  const [head, total, note] = [lines[k], lines[k + 1], lines[k + 2]];
  if (!head || !total || !note) return null;
  const titles = tokens(head);
  if (titles.length < 4 || titles.some(isNumberToken)) return null;
  if (!/^(合计|总计)$/.test(joinItems(total.items).replace(/\s+/g, '')) || !EMPTY_NOTE.test(joinItems(note.items))) return null;
  if (total.top - head.bottom > 2 * head.size || note.top - total.bottom > 4 * head.size) return null;
  const cols: Column[] = titles.map((t) => ({ x0: t.x0, x1: t.x1 }));
  const rows: PageTable['rows'] = [head, total].map((ln, r) => {
    const perCol: PlacedItem[][] = cols.map(() => []);
    for (const tok of tokens(ln)) perCol[columnAt(cols, (tok.x0 + tok.x1) / 2)]!.push(...tok.items);
    return cols.map((col, c) => ({
      text: joinItems(perCol[c]!),
      originRow: r,
      originCol: c,
      aligned: true as const,
      ...(r === 0 ? { header: true } : {}),
      box: { x0: col.x0, x1: col.x1, top: ln.top, bottom: ln.bottom },
    }));
  });
  const items = new Set([...head.items, ...total.items]);
  const box: Box = { x0: Math.min(head.x0, total.x0), x1: Math.max(head.x1, total.x1), top: head.top, bottom: total.bottom };
  return { box, rows, items, lines: [head, total] };
}

/** `rules`: the page's horizontal rules (a 三线表's bound its header). */
export function alignedTables(lines: readonly Line[], rules: readonly Segment[] = []): AlignedTable[] {
  const body = lines.map(isBodyLine);
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!body[i]) {
      const empty = emptyTable(lines, i);
      if (empty) tables.push(empty);
      i += empty ? 2 : 1;
      continue;
    }
    // Extend the region over body lines, bridging non-body lines at a normal line pitch.
    let j = i;
    let k = i + 1;
    while (k < lines.length) {
      const gap = lines[k]!.top - lines[k - 1]!.bottom;
      if (gap > 2 * Math.max(lines[k]!.size, lines[k - 1]!.size)) break;
      if (!body[k] && k === j + 1 && isHalfRowLine(lines[k]!)) body[k] = true;
      if (body[k]) j = k;
      else if (k - j > 2) break; // more than two text lines in a row: the table has ended
      k++;
    }
    const bodyIdx: number[] = [];
    for (let t = i; t <= j; t++) if (body[t]) bodyIdx.push(t);
    // One row of figures is a table when column numbers head it (a 三公 table's only row).
    const numbered = i > 0 && isColumnNumberLine(tokens(lines[i - 1]!)) && lines[i]!.top - lines[i - 1]!.bottom <= 2 * lines[i]!.size;
    const table = bodyIdx.length >= 2 || numbered ? buildTable(lines, i, j, bodyIdx, rules) : null;
    if (table) tables.push(table);
    i = j + 1;
  }
  return tables;
}

function buildTable(lines: readonly Line[], first: number, last: number, bodyIdx: number[], rules: readonly Segment[]): AlignedTable | null {
  // Tokens, not items: a number broken at its decimal point breaks at the same x in every
  // right-aligned row, which would look like a column boundary.
  const bodyTokens = bodyIdx.map((t) => tokens(lines[t]!));
  const size = median(bodyTokens.flat().flatMap((t) => t.items.map((it) => it.size)));
  let cols = splitCrowdedColumns(columnsOf(bodyTokens.flat(), Math.max(1, 0.1 * size)), bodyTokens);
  if (cols.length < 2) return null; // one column of text is a paragraph, not a table
  const left = cols[0]!.x0, right = cols[cols.length - 1]!.x1;

  // Horizontal rules across the columns just above the body (三线表): the nearest closes the
  // header, the one above it opens it, and they give the table's width.
  const firstTop = lines[first]!.top;
  const across = rules
    .filter((s) => s.pos < firstTop && s.pos > firstTop - 16 * size && s.from <= left + size && s.to >= right - size)
    .sort((a, b) => b.pos - a.pos);
  const [headRule, topRule] = across;
  const from = Math.min(left, headRule?.from ?? left), to = Math.max(right, headRule?.to ?? right);
  // Lines between the header's rule and the first body line are the first row's (a wrapped name).
  let rowsFrom = first;
  if (headRule && topRule) while (rowsFrom > 0 && lines[rowsFrom - 1]!.top > headRule.pos) rowsFrom--;
  else if (first > 0 && first < last && !bodyIdx.includes(first + 1) && wrapsAroundRow(lines[first - 1]!, lines[first]!, lines[first + 1]!, cols)) rowsFrom--;

  // Header lines: directly above, close, within the table's width, not a title or unit line;
  // between two rules, every line there.
  const header: Line[] = [];
  for (let t = rowsFrom - 1; t >= 0 && header.length < (topRule ? 12 : 8); t--) {
    const ln = lines[t]!;
    if (topRule && headRule) {
      if (ln.top < topRule.pos) break;
      header.unshift(ln);
      continue;
    }
    const below = header[0] ?? lines[rowsFrom]!;
    if (below.top - ln.bottom > 1.5 * Math.max(ln.size, below.size)) break;
    if (!withinColumns(ln, cols, from, to)) break;
    const text = joinItems(ln.items);
    if (/^(单位|金额单位|部门名称|编制单位)/.test(text) || (tokens(ln).length === 1 && ln.items.length > 0 && ln.size > 1.2 * size)) break;
    header.unshift(ln);
  }
  cols = withTitledRivers(cols, header, bodyTokens);

  // Rows: each body line, plus the non-body lines in the region attached to the nearest one.
  const rowsLines: Line[][] = bodyIdx.map((t) => [lines[t]!]);
  for (let t = rowsFrom; t <= last; t++) {
    if (bodyIdx.includes(t)) continue;
    const c = centre(lines[t]!);
    let best = 0;
    for (let r = 1; r < bodyIdx.length; r++) {
      if (Math.abs(centre(lines[bodyIdx[r]!]!) - c) < Math.abs(centre(lines[bodyIdx[best]!]!) - c)) best = r;
    }
    rowsLines[best]!.push(lines[t]!);
  }
  const allRows: { lines: Line[]; header: boolean }[] = [
    ...header.map((l) => ({ lines: [l], header: true })),
    ...rowsLines.map((ls) => ({ lines: ls, header: false })),
  ];

  const rows: PageTable['rows'] = [];
  const items = new Set<PlacedItem>();
  for (const [r, row] of allRows.entries()) {
    const top = Math.min(...row.lines.map((l) => l.top));
    const bottom = Math.max(...row.lines.map((l) => l.bottom));
    const perCol: PlacedItem[][] = cols.map(() => []);
    // A header item wider than its column spans every column it overlaps.
    const spans: { from: number; to: number }[] = cols.map((_, c) => ({ from: c, to: c }));
    for (const ln of row.lines) {
      for (const tok of tokens(ln)) {
        const c = columnAt(cols, (tok.x0 + tok.x1) / 2);
        for (const it of tok.items) {
          perCol[c]!.push(it);
          items.add(it);
        }
        if (row.header) {
          const em = tok.items[0]!.size;
          const from = columnAt(cols, tok.x0 + 0.5 * em), to = columnAt(cols, tok.x1 - 0.5 * em);
          spans[c] = { from: Math.min(spans[c]!.from, from), to: Math.max(spans[c]!.to, to) };
        }
      }
    }
    const cells: PageTable['rows'][number] = cols.map((col, c) => ({
      text: joinLines(groupLines(perCol[c]!).map((l) => joinItems(l.items))),
      originRow: r,
      originCol: c,
      aligned: true as const,
      ...(row.header ? { header: true } : {}),
      box: { x0: col.x0, x1: col.x1, top, bottom } as Box,
    }));
    if (row.header) {
      for (let c = 0; c < cols.length; c++) {
        const { from, to } = spans[c]!;
        if (to === from || !cells[c]!.text) continue;
        // Spread only over neighbours that are empty on this header line.
        for (let d = from; d <= to; d++) {
          if (d === c || cells[d]!.text) continue;
          cells[d] = { ...cells[c]!, box: cells[c]!.box };
        }
        const box = { ...cells[c]!.box, x0: cols[from]!.x0, x1: cols[to]!.x1 };
        for (let d = from; d <= to; d++) if (cells[d]!.originCol === c) cells[d] = { ...cells[d]!, box };
      }
    }
    rows.push(cells);
  }
  const usedLines = allRows.flatMap((r) => r.lines);
  const box: Box = {
    x0: Math.min(left, ...usedLines.map((l) => l.x0)),
    x1: Math.max(right, ...usedLines.map((l) => l.x1)),
    top: Math.min(...usedLines.map((l) => l.top)),
    bottom: Math.max(...usedLines.map((l) => l.bottom)),
  };
  return { box, rows, items, lines: usedLines };
}
