// Injected on demand into a page's content-script world (entrypoints/content/sheetBuilder): the
// inspection sheet builder with SheetJS, which the content script itself is too small to carry.
import { inspectionSheetFile } from '../components/surface/inspectionSheetFile';
import { SHEET_BUILDER_KEY, type SheetBuilder } from './content/sheetBuilder';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, SheetBuilder>)[SHEET_BUILDER_KEY] = inspectionSheetFile;
});
