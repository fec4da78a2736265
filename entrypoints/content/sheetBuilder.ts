// "生成检查表" on a page. The sheet's code (lib/sheet with SheetJS, ~400 KB) is kept out of the
// content script's budget: on the first press the background injects entrypoints/sheet-builder
// into this frame's isolated world (not the page's), which leaves its builder on our global.
import type { SheetFile } from '../../components/surface/inspectionSheetFile';
import type { Report } from '../../lib/report/schema';

export const SHEET_BUILDER_KEY = '__budgetLensInspectionSheet';

export type SheetBuilder = (report: Report) => SheetFile;

const builder = () => (globalThis as unknown as Record<string, SheetBuilder | undefined>)[SHEET_BUILDER_KEY];

export async function pageInspectionSheet(report: Report): Promise<SheetFile> {
  if (!builder()) {
    const r: unknown = await browser.runtime.sendMessage({ type: 'load-sheet-builder' });
    if (r !== true) throw new Error(typeof r === 'string' ? r : '检查表模块未能加载 (sheet builder not loaded)');
  }
  const build = builder();
  if (!build) throw new Error('检查表模块未能加载 (sheet builder not loaded)');
  return build(report);
}
