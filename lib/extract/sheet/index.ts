// Spreadsheet entry: workbook bytes (.xlsx, .xls, .et, SpreadsheetML) → RawDoc → assemble, so a
// workbook's tables go through the same roles, units and checks as a page's or a PDF's. Pure
// (SheetJS runs in Node and in the extension alike). Throws ExtractError (not-spreadsheet,
// password, corrupt, too-large).
import { assemble, type AssembleOptions, type Assembled } from '../assemble';
import type { RawBlock, RawDoc } from '../raw';
import { readWorkbook } from './readWorkbook';
import { type SheetAnchor, sheetBlocks } from './sheetBlocks';

export type { SheetAnchor } from './sheetBlocks';
export { MAX_SHEET_BYTES } from './readWorkbook';

export function extractSheetRaw(bytes: Uint8Array, source: string): RawDoc<SheetAnchor> {
  const sheets = readWorkbook(bytes);
  const blocks: RawBlock<SheetAnchor>[] = [];
  for (const sheet of sheets) blocks.push(...sheetBlocks(sheet));
  const firstText = blocks.find((b) => b.type === 'text');
  return { source, format: 'sheet', title: firstText?.type === 'text' ? firstText.text : null, pages: null, blocks };
}

export function extractSheet(bytes: Uint8Array, source: string, options: AssembleOptions = {}): Assembled<SheetAnchor> {
  return assemble(extractSheetRaw(bytes, source), options);
}
