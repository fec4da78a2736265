// "生成检查表" in the viewer: the sheet's code (lib/sheet, SheetJS) is loaded when first pressed.
import type { SheetFile } from '../surface/inspectionSheetFile';
import type { Report } from '../../lib/report/schema';

export const viewerInspectionSheet = (report: Report): Promise<SheetFile> => import('../surface/inspectionSheetFile').then((m) => m.inspectionSheetFile(report));
