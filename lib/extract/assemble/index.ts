// RawDoc (any source) → document model + anchors. Steps: split blocks into tables and narrative
// (segment), merge continued tables, read header paths and column roles, split two-sided tables
// into parts, read rows (code, label, cells), give rows their level/parent, classify.
// Everything is one pass or a map lookup per row: linear in the number of rows.
import { CODE_COL, LABEL_COL, cellKey, type AnchorIndex, type RawDoc } from '../raw';
import type { DocModel, Row, Table } from '../../report/schema';
import { amountCellText } from './cellText';
import { kindBySignature, kindByTitle, sidesOf, type RecognisedBy } from './classify';
import { columnRoles, type ColumnRole } from './columnRoles';
import { mergeContinuations } from './continuation';
import { announcedTables, mostCommonUnit, readDocMeta } from './docMeta';
import { emptyPagesOf } from './emptyPages';
import { flattenHeader } from './headerRows';
import { headerUnit } from './headerUnit';
import { extractNarrative } from '../narrative/index';
import type { NarrativeExtractor } from './narrativeSeam';
import { rowStructure } from './rowStructure';
import { segment } from './segment';
import { joinSplitCodes } from './splitCodes';
import { splitParts } from './sides';
import { joinWrappedCjk } from './textForms';

export type { NarrativeExtractor } from './narrativeSeam';

export interface AssembleOptions {
  /** Narrative parser: lib/extract/narrative by default; `null` leaves `doc.narrative` undefined. */
  narrative?: NarrativeExtractor | null;
}

export interface Assembled<A> {
  doc: DocModel;
  anchors: AnchorIndex<A>;
}

export function assemble<A>(raw: RawDoc<A>, options: AssembleOptions = {}): Assembled<A> {
  const seg = segment(raw.blocks);
  const merged = mergeContinuations(seg.tables);
  const anchors: AnchorIndex<A> = { cells: new Map(), text: [] };

  // Doc kind first (table kinds depend on it): from the title and the table titles.
  const meta = readDocMeta(
    raw.blocks.filter((b) => b.type === 'text').map((b) => (b as { text: string }).text),
    merged.map((m) => m.draft.context.title ?? ''),
    merged.map((m) => m.draft.context.department),
  );
  if (!meta.title && raw.title) meta.title = raw.title;

  const tables: Table[] = [];
  let n = 0;
  for (const m of merged) {
    n++;
    const ctx = m.draft.context;
    m.rows = joinSplitCodes(m.rows, m.headerRows);
    const headed = headerUnit(flattenHeader(m.rows, m.headerRows));
    const aligned = m.rows.slice(0, m.headerRows).some((r) => r.some((c) => c.aligned));
    const paths = headed.paths;
    const unit = ctx.unit ?? headed.unit;
    const data = m.rows.slice(m.headerRows);
    const roles: ColumnRole[] = columnRoles(paths, data);
    // A column with no title and no data is layout debris (a trailing tab, a misaligned number row).
    roles.forEach((_, c) => {
      if (!paths[c] && data.every((r) => (r[c]?.text.trim() ?? '') === '')) roles[c] = 'skip';
    });
    let kind = kindByTitle(ctx.title, meta.kind);
    let recognisedBy: RecognisedBy = kind ? 'title' : 'none';
    const parts = splitParts(m.rows, m.headerRows, paths, roles, sidesOf(kind));
    if (!kind) {
      const codes = parts.flatMap((p) => p.rows.map((r) => r.code ?? '')).filter((c) => c);
      kind = kindBySignature(parts[0]?.columns ?? [], codes, meta.kind);
      if (kind !== 'other') recognisedBy = 'header';
    }
    const group = `t${n}`;
    for (const part of parts) {
      const id = parts.length > 1 || part.name ? `${group}.${part.name}` : group;
      const places = rowStructure(part.rows);
      const rows: Row[] = part.rows.map((r, ri) => {
        const cells = r.cells.map((cell, ci) => {
          const text = cell ? cell.text : '';
          if (cell?.anchor !== undefined) anchors.cells.set(cellKey(id, ri, ci), cell.anchor);
          if (part.roles[ci] === 'text') return text.trim() === '' ? null : joinWrappedCjk(text);
          return amountCellText(text);
        });
        if (r.labelCell?.anchor !== undefined) anchors.cells.set(cellKey(id, ri, LABEL_COL), r.labelCell.anchor);
        if (r.codeCell?.anchor !== undefined) anchors.cells.set(cellKey(id, ri, CODE_COL), r.codeCell.anchor);
        return { code: r.code, label: r.label, cells, level: places[ri]!.level, parent: places[ri]!.parent };
      });
      const table: Table = {
        id,
        title: ctx.title ?? '',
        kind,
        page: m.page,
        columns: part.columns,
        rows,
        unit,
        number: ctx.number,
        pageEnd: m.pageEnd,
        recognisedBy,
      };
      if (aligned) table.aligned = true;
      if (ctx.notes.length) table.notes = [...ctx.notes];
      if (parts.length > 1 || part.name) {
        table.group = group;
        table.part = part.name ?? undefined;
      }
      tables.push(table);
    }
  }

  // Narrative: every text block that is not table context, one line each.
  let text = '';
  for (const b of seg.narrative) {
    if (text) text += '\n';
    const start = text.length;
    text += b.text;
    if (b.anchor !== undefined) anchors.text.push({ start, end: text.length, anchor: b.anchor });
  }

  // A table printed without its own unit line is in the document's unit.
  const docUnit = mostCommonUnit(tables.map((t) => t.unit));
  for (const t of tables) t.unit ??= docUnit;

  const doc: DocModel = {
    source: raw.source,
    format: raw.format,
    kind: meta.kind,
    department: meta.department,
    year: meta.year,
    title: meta.title,
    unit: docUnit,
    tables,
    pages: raw.pages ?? null,
    announcedTables: announcedTables(seg.tocLines),
    schemaVersion: 1,
  };
  const emptyPages = emptyPagesOf(
    raw.blocks,
    raw.blankPages,
    merged.map((m, i) => ({ id: tables.find((t) => (t.group ?? t.id) === `t${i + 1}`)?.id ?? `t${i + 1}`, title: m.draft.context.title ?? '', page: m.page, pageEnd: m.pageEnd })),
  );
  if (emptyPages.length) doc.emptyPages = emptyPages;
  // Every source gets its narrative read the same way (HTML, PDF and text forms alike).
  const narrative = options.narrative === undefined ? extractNarrative : options.narrative;
  if (narrative) doc.narrative = narrative(text);
  return { doc, anchors };
}

/** Narrative text exactly as `assemble` joins it (for callers that parse it later). */
export function narrativeText<A>(raw: RawDoc<A>): string {
  return segment(raw.blocks).narrative.map((b) => b.text).join('\n');
}
