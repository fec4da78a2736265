// The collapsible side panel: the headline in root causes ("5 处疑似错误 · 16 项核对不成立"),
// what was and was not checked (coverage), one switch each for rounding (amber) and passing
// (green) marks, then the root causes grouped by table, each listed once with the identities it
// breaks folded under it. Click or Enter selects, arrow keys move. Shared by page and viewer.
import { useMemo, useState } from 'preact/hooks';
import { coverageLine, statementsLine, type Coverage } from '../../lib/page/coverageLine';
import { groupFindings } from '../../lib/page/findingGroups';
import { markedRefIndex, type MarkSettings } from '../../lib/page/markers';
import { refLine } from '../../lib/page/refLabel';
import { causeCounts, causeHeadline, type RootCause } from '../../lib/report/rootCauses';
import type { Finding, Report } from '../../lib/report/schema';
import { statusLabel } from './FindingCard';
import type { SheetFile } from './inspectionSheetFile';
import { SheetButton } from './SheetButton';
import { trusted } from './trusted';

export type SaveResult = { ok: true; replaced: boolean } | { ok: false; error: string };

export interface PanelProps {
  report: Report;
  settings: MarkSettings;
  onSettings: (patch: Partial<MarkSettings>) => void;
  selectedId: string | null;
  onSelect: (f: Finding) => void;
  collapsed: boolean;
  onToggle: () => void;
  /** Where the panel sits: fixed on a page, in flow in the viewer. */
  variant?: 'page' | 'viewer';
  /** When given, a "保存到对比" button (the page overlay's; the viewer has its own). */
  onSave?: () => Promise<SaveResult>;
  /** When given, a "生成检查表" button: builds the inspection sheet of the report (lazily loaded). */
  onSheet?: () => Promise<SheetFile>;
  /** Passing findings counted but not sent to the page (very large pages). */
  omittedPass?: number;
  /** Passing findings per group not sent (yet): counted in the groups (lib/page/findingGroups). */
  countedPass?: Readonly<Record<string, number>>;
}

function CoverageSummary({ coverage }: { coverage: Coverage }) {
  const line = coverageLine(coverage);
  const statements = statementsLine(coverage);
  return (
    <details class="bl-coverage" data-bl-coverage="">
      <summary title={line.en}>{line.zh}</summary>
      <ul>
        {statements && <li title={statements.en}>{statements.zh}</li>}
        {coverage.notChecked.map((n, i) => (
          <li key={i} data-bl-not-checked="">
            {n.what}：{n.reason}
            {n.reasonEn && <span class="bl-en" lang="en"> ({n.reasonEn})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function CauseItem({ cause, report, selectedId, onSelect }: { cause: RootCause; report: Report; selectedId: string | null; onSelect: (f: Finding) => void }) {
  const f = cause.primary;
  const r = f.refs[markedRefIndex(f)];
  return (
    <li>
      <button
        type="button"
        class="bl-item"
        data-bl-finding={f.id}
        data-bl-status={f.status}
        data-bl-severity={f.severity}
        data-bl-also={cause.also.length || undefined}
        aria-current={f.id === selectedId ? 'true' : undefined}
        onClick={trusted(() => onSelect(f))}
      >
        {statusLabel(f)}：
        {/* a finding that is no computation (a missing table, a note about the file) says itself */}
        {f.actual == null && f.expected == null ? f.message : (f.actual ?? r?.value ?? '')}
        {f.expected != null ? ` ≠ ${f.expected}` : ''}
        <span class="bl-item-where">{r ? refLine(r, report) : ''}</span>
      </button>
      {cause.also.length > 0 && (
        <details class="bl-also">
          <summary>同一原因另有 {cause.also.length} 项核对不成立</summary>
          <ul>
            {cause.also.map((g) => (
              <li key={g.id}>
                <button type="button" class="bl-also-item" data-bl-finding={g.id} aria-current={g.id === selectedId ? 'true' : undefined} onClick={trusted(() => onSelect(g))}>
                  {g.message}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** Causes listed per group at first: a table with thousands of misprints lists a page of them, then more on request. */
export const LISTED_PER_GROUP = 100;

function CauseList({ causes, report, selectedId, onSelect }: { causes: RootCause[]; report: Report; selectedId: string | null; onSelect: (f: Finding) => void }) {
  const [limit, setLimit] = useState(LISTED_PER_GROUP);
  // The keyboard walk may select a cause beyond the limit: list up to it.
  const selectedAt = selectedId ? causes.findIndex((c) => c.primary.id === selectedId || c.also.some((f) => f.id === selectedId)) : -1;
  const shown = Math.max(limit, selectedAt + 1);
  return (
    <ol>
      {causes.slice(0, shown).map((c) => (
        <CauseItem key={c.key} cause={c} report={report} selectedId={selectedId} onSelect={onSelect} />
      ))}
      {causes.length > shown && (
        <li>
          <button type="button" class="bl-iconbtn bl-more-items" data-bl-more={causes.length - shown} onClick={trusted(() => setLimit(shown + LISTED_PER_GROUP * 5))}>
            再显示 {Math.min(causes.length - shown, LISTED_PER_GROUP * 5)} 项（共 {causes.length} 项）
          </button>
        </li>
      )}
    </ol>
  );
}

export function FindingsPanel({ report, settings, onSettings, selectedId, onSelect, collapsed, onToggle, variant = 'page', onSave, onSheet, omittedPass = 0, countedPass }: PanelProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const groups = useMemo(() => groupFindings(report, settings, countedPass), [report, settings.showRounding, settings.showPass, countedPass]);
  const counts = useMemo(() => causeCounts(report), [report]);
  const s = report.summary;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const items = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.bl-item')];
    const i = items.indexOf(e.target as HTMLButtonElement);
    const next = items[e.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1)];
    if (next) {
      e.preventDefault();
      next.focus();
      const id = next.dataset.blFinding;
      const f = id ? report.findings.find((x) => x.id === id) : undefined;
      if (f) onSelect(f);
    }
  };
  return (
    <aside class={`bl-panel bl-panel-${variant}${collapsed ? ' bl-collapsed' : ''}`} aria-label="预算透镜核查结果" data-bl-panel="">
      <div class="bl-panel-head">
        <strong>预算透镜</strong>
        <span class="bl-count" data-bl-counts="" title={causeHeadline(counts, 'en')}>
          <span class="bl-count-fail" data-bl-causes={counts.errors}>
            {counts.errors} 处疑似错误
          </span>{' '}
          · {counts.failing} 项核对不成立{counts.doubts > 0 && <span class="bl-count-doubt"> · {counts.doubts} 处存疑</span>}
        </span>
        <button type="button" class="bl-iconbtn" aria-expanded={!collapsed} aria-label={collapsed ? '展开核查结果' : '收起核查结果'} onClick={trusted(onToggle)}>
          {collapsed ? '展开' : '收起'}
        </button>
      </div>
      {!collapsed && (
        <>
          <div class="bl-summary-line">
            共核查 {s.checks} 项：<span class="bl-count-rounding">尾差 {s.rounding}</span> · <span class="bl-count-pass">一致 {s.pass}</span>
          </div>
          {report.coverage && <CoverageSummary coverage={report.coverage} />}
          <div class="bl-switches">
            <label>
              <input type="checkbox" checked={settings.showRounding} onChange={trusted((e: Event) => onSettings({ showRounding: (e.target as HTMLInputElement).checked }))} />
              显示尾差（琥珀色）
            </label>
            <label>
              <input type="checkbox" checked={settings.showPass} onChange={trusted((e: Event) => onSettings({ showPass: (e.target as HTMLInputElement).checked }))} />
              显示一致（绿色）
            </label>
          </div>
          <div class="bl-groups" onKeyDown={onKeyDown}>
            {omittedPass > 0 && settings.showPass && (
              <p class="bl-empty" data-bl-omitted-pass={omittedPass}>
                本页过大：{omittedPass} 项一致的核查只计数，不逐项标出。
              </p>
            )}
            {groups.length === 0 && <p class="bl-empty">共核查 {s.checks} 项，未发现问题。</p>}
            {groups.map((g) => (
              <details class="bl-group" open={g.listed.length > 0} key={g.key} data-bl-group={g.key}>
                <summary>
                  {g.title}
                  {g.unrecognised && (
                    <span class="bl-unrecognised" data-bl-unrecognised="" title="table not recognised: its figures were not checked by role">
                      {' '}
                      未识别
                    </span>
                  )}
                  <span class="bl-count">
                    {g.causes.fail > 0 && <span class="bl-count-fail">不符 {g.causes.fail} </span>}
                    {g.causes.rounding > 0 && <span class="bl-count-rounding">尾差 {g.causes.rounding} </span>}
                    <span class="bl-count-pass">一致 {g.counts.pass}</span>
                  </span>
                </summary>
                <CauseList causes={g.listed} report={report} selectedId={selectedId} onSelect={onSelect} />
              </details>
            ))}
          </div>
          {(onSave || onSheet) && (
            <div class="bl-switches">
              {onSheet && <SheetButton onSheet={onSheet} />}
              {onSave && (
                <button
                  type="button"
                  class="bl-iconbtn"
                  data-bl-save=""
                  onClick={trusted(() =>
                    void onSave().then(
                      (r) => setSaved(r.ok ? (r.replaced ? '已更新，可在工具栏弹窗中对比' : '已保存，可在工具栏弹窗中对比') : `保存失败：${r.error}`),
                      (e: Error) => setSaved(`保存失败：${e.message}`),
                    ),
                  )}
                >
                  保存到对比
                </button>
              )}
              {saved && <span role="status">{saved}</span>}
            </div>
          )}
          <div class="bl-keys">Alt+N / Alt+P：下一个 / 上一个 · ↑↓ 在列表中移动 · Esc 关闭卡片</div>
        </>
      )}
    </aside>
  );
}
