// The collapsible side panel: counts per status, one switch each for rounding (amber) and
// passing (green) marks, findings grouped by table; click or Enter selects a finding, arrow
// keys move between them. Shared by the page overlay and the PDF viewer.
import { useMemo, useState } from 'preact/hooks';
import { groupFindings } from '../../lib/page/findingGroups';
import { markedRefIndex, type MarkSettings } from '../../lib/page/markers';
import { refLine } from '../../lib/page/refLabel';
import type { Finding, Report } from '../../lib/report/schema';
import { statusLabel } from './FindingCard';

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
  onSave?: () => Promise<{ ok: true; replaced: boolean } | { ok: false; error: string }>;
  /** Passing findings counted but not sent to the page (very large pages). */
  omittedPass?: number;
  /** Passing findings per group not sent (yet): counted in the groups (lib/page/findingGroups). */
  countedPass?: Readonly<Record<string, number>>;
}

export function FindingsPanel({ report, settings, onSettings, selectedId, onSelect, collapsed, onToggle, variant = 'page', onSave, omittedPass = 0, countedPass }: PanelProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const groups = useMemo(() => groupFindings(report, settings, countedPass), [report, settings.showRounding, settings.showPass, countedPass]);
  const s = report.summary;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const root = (e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.bl-item');
    const items = [...root];
    const i = items.indexOf(e.target as HTMLButtonElement);
    const next = items[e.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1)];
    if (next) {
      e.preventDefault();
      next.focus();
      next.click();
    }
  };
  return (
    <aside class={`bl-panel bl-panel-${variant}${collapsed ? ' bl-collapsed' : ''}`} aria-label="预算透镜核查结果" data-bl-panel="">
      <div class="bl-panel-head">
        <strong>预算透镜</strong>
        <span class="bl-count" data-bl-counts="">
          <span class="bl-count-fail">不符 {s.fail}</span> · <span class="bl-count-rounding">尾差 {s.rounding}</span> ·{' '}
          <span class="bl-count-pass">一致 {s.pass}</span>
        </span>
        <button type="button" class="bl-iconbtn" aria-expanded={!collapsed} aria-label={collapsed ? '展开核查结果' : '收起核查结果'} onClick={onToggle}>
          {collapsed ? '展开' : '收起'}
        </button>
      </div>
      {!collapsed && (
        <>
          <div class="bl-switches">
            <label>
              <input type="checkbox" checked={settings.showRounding} onChange={(e) => onSettings({ showRounding: (e.target as HTMLInputElement).checked })} />
              显示尾差（琥珀色）
            </label>
            <label>
              <input type="checkbox" checked={settings.showPass} onChange={(e) => onSettings({ showPass: (e.target as HTMLInputElement).checked })} />
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
                  <span class="bl-count">
                    {g.counts.fail > 0 && <span class="bl-count-fail">不符 {g.counts.fail} </span>}
                    {g.counts.rounding > 0 && <span class="bl-count-rounding">尾差 {g.counts.rounding} </span>}
                    <span class="bl-count-pass">一致 {g.counts.pass}</span>
                  </span>
                </summary>
                <ol>
                  {g.listed.map((f) => {
                    const r = f.refs[markedRefIndex(f)];
                    return (
                      <li key={f.id}>
                        <button
                          type="button"
                          class="bl-item"
                          data-bl-finding={f.id}
                          data-bl-status={f.status}
                          data-bl-severity={f.severity}
                          aria-current={f.id === selectedId ? 'true' : undefined}
                          onClick={() => onSelect(f)}
                        >
                          {statusLabel(f)}：{f.actual ?? r?.value ?? ''}
                          {f.expected != null ? ` ≠ ${f.expected}` : ''}
                          <span class="bl-item-where">{r ? refLine(r, report) : ''}</span>
                        </button>
                      </li>
                    );
                  })}
                </ol>
              </details>
            ))}
          </div>
          {onSave && (
            <div class="bl-switches">
              <button
                type="button"
                class="bl-iconbtn"
                data-bl-save=""
                onClick={() =>
                  void onSave().then(
                    (r) => setSaved(r.ok ? (r.replaced ? '已更新，可在工具栏弹窗中对比' : '已保存，可在工具栏弹窗中对比') : `保存失败：${r.error}`),
                    (e: Error) => setSaved(`保存失败：${e.message}`),
                  )
                }
              >
                保存到对比
              </button>
              {saved && <span role="status">{saved}</span>}
            </div>
          )}
          <div class="bl-keys">Alt+N / Alt+P：下一个 / 上一个 · ↑↓ 在列表中移动 · Esc 关闭卡片</div>
        </>
      )}
    </aside>
  );
}
