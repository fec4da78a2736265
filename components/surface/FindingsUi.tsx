// The panel and the card over any view, drawn once: the page overlay and the PDF viewer both
// render this with their controller (components/surface/useFindings) and surface.
import { useState } from 'preact/hooks';
import { markedRefIndex, type MarkSettings } from '../../lib/page/markers';
import type { PageInfo } from '../../lib/page/quote';
import type { Report } from '../../lib/report/schema';
import { cardPlacement } from './cardPlacement';
import { FindingCard } from './FindingCard';
import { FindingsPanel, type SaveResult } from './FindingsPanel';
import type { FindingsController } from './findingsController';
import type { SheetFile } from './inspectionSheetFile';

export interface FindingsUiProps {
  report: Report;
  controller: FindingsController;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  page: PageInfo;
  copy: (text: string) => Promise<boolean>;
  variant?: 'page' | 'viewer';
  onSave?: () => Promise<SaveResult>;
  onSheet?: () => Promise<SheetFile>;
  omittedPass?: number;
  countedPass?: Readonly<Record<string, number>>;
}

export function FindingsUi({ report, controller: c, settings, onSettings, page, copy, variant = 'page', onSave, onSheet, omittedPass, countedPass }: FindingsUiProps) {
  const [collapsed, setCollapsed] = useState(false);
  const active = c.active();
  const rect = active ? c.surface.rectOf(active.finding.refs[markedRefIndex(active.finding)]!) : null;
  return (
    <>
      <FindingsPanel
        report={report}
        settings={settings}
        onSettings={onSettings}
        selectedId={c.selectedId}
        onSelect={(f) => c.select(f, { reveal: true })}
        collapsed={collapsed}
        onToggle={() => setCollapsed((x) => !x)}
        variant={variant}
        onSave={onSave}
        onSheet={onSheet}
        omittedPass={omittedPass}
        countedPass={countedPass}
      />
      {active && rect && (
        <FindingCard
          finding={active.finding}
          others={(active.mark?.findings ?? []).filter((id) => id !== active.finding.id).map((id) => c.model.findingById.get(id)!).filter(Boolean)}
          report={report}
          page={page}
          position={cardPlacement(rect, { width: window.innerWidth, height: window.innerHeight })}
          onPick={(f) => c.select(f, { reveal: false })}
          onClose={() => c.close()}
          onPointerEnter={() => c.cardEntered()}
          onPointerLeave={() => c.cardLeft()}
          copy={copy}
        />
      )}
    </>
  );
}
