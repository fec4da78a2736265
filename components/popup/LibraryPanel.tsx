// Saved documents grouped by department, searchable; select 2–4 to compare; export, import,
// delete, clear (with confirmation). Unreadable entries are listed, never silently dropped.
import { SourceLink } from './SourceLink';
import { useMemo, useState } from 'preact/hooks';
import { MAX_COMPARE, MIN_COMPARE } from '../../lib/compare/compareSnapshots';
import { departmentKey, type IndexEntry } from '../../lib/library/snapshot';
import { clearLibrary, deleteSnapshot, exportLibrary, importLibrary, removeUnreadable, type LoadedLibrary } from '../../lib/library/storage';
import { downloadText } from './download';

interface Props {
  library: LoadedLibrary;
  /** Full-page mode (popup.html?full=1): file import works here; a popup closes when a file chooser opens. */
  full: boolean;
  onCompare: (ids: string[]) => void;
}

const FOLD_ABOVE = 30;

const kindLabel = (k: IndexEntry['kind']) => (k === 'budget' ? '预算' : k === 'final' ? '决算' : '文档');
const deptName = (s: IndexEntry) => (s.department ?? '').replace(/^\d+/, '') || '（未识别部门）';

function groupByDepartment(snapshots: IndexEntry[]): [string, IndexEntry[]][] {
  const groups = new Map<string, IndexEntry[]>();
  for (const s of snapshots) {
    const k = departmentKey(s.department) || '?';
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const list of groups.values()) list.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.kind.localeCompare(b.kind));
  return [...groups.entries()].sort(([, a], [, b]) => deptName(a[0]!).localeCompare(deptName(b[0]!), 'zh'));
}

function matches(s: IndexEntry, q: string): boolean {
  if (!q) return true;
  const hay = `${s.department ?? ''} ${s.title ?? ''} ${s.year ?? ''}年 ${kindLabel(s.kind)} ${s.url}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
}

export function LibraryPanel({ library, full, onCompare }: Props) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const shown = useMemo(() => library.entries.filter((s) => matches(s, query.trim())), [library, query]);
  const groups = useMemo(() => groupByDepartment(shown), [shown]);
  const ids = new Set(library.entries.map((s) => s.id));
  // With many documents the groups start folded (one line each): the popup opens fast and reads
  // at a glance; a search unfolds what it finds.
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const isOpen = (key: string) => open[key] ?? (query.trim() !== '' || shown.length <= FOLD_ABOVE);
  const chosen = selected.filter((id) => ids.has(id));

  const toggle = (id: string) =>
    setSelected((sel) => (sel.includes(id) ? sel.filter((x) => x !== id) : sel.length >= MAX_COMPARE ? sel : [...sel, id]));
  const run = (p: Promise<string>) => p.then((text) => setMessage({ kind: 'ok', text }), (e: Error) => setMessage({ kind: 'error', text: e.message }));

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await run(importLibrary(await file.text()).then((r) => `已导入：新增 ${r.added} 篇，更新 ${r.updated} 篇`));
  };

  return (
    <section class="bl-library" data-bl-library>
      <h2>已保存的文档（{library.entries.length}）</h2>
      {library.problems.length > 0 && (
        <div class="bl-problems" role="alert" data-bl-problems={library.problems.length}>
          {library.problems.length} 条保存记录无法读取，已跳过：
          <ul>
            {library.problems.slice(0, 3).map((p) => (
              <li key={p.index}>{p.url ?? `第 ${p.index + 1} 条`}：{p.reason}</li>
            ))}
          </ul>
          <button type="button" onClick={() => run(removeUnreadable().then((n) => `已移除 ${n} 条无法读取的记录`))}>移除这些记录</button>
        </div>
      )}
      <input type="search" placeholder="搜索部门、年份、标题…" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} aria-label="搜索已保存的文档" />
      {library.entries.length === 0 && <p class="bl-muted">还没有保存的文档。核查公开页面后点“保存到对比”。</p>}
      <div class="bl-groups">
        {groups.map(([key, list]) => (
          <div class="bl-group" key={key} data-bl-department={deptName(list[0]!)}>
            <h3>
              <button type="button" class="bl-link" aria-expanded={isOpen(key)} onClick={() => setOpen((o) => ({ ...o, [key]: !isOpen(key) }))}>
                {isOpen(key) ? '▾' : '▸'} {deptName(list[0]!)}
              </button>{' '}
              <span class="bl-muted">{list.length} 篇：{list.map((s) => `${s.year ?? '?'}${kindLabel(s.kind)}`).join('、')}</span>
            </h3>
            {isOpen(key) && <ul>
              {list.map((s) => (
                <li key={s.id} data-bl-doc={s.id}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(s.id)} disabled={!chosen.includes(s.id) && chosen.length >= MAX_COMPARE} onChange={() => toggle(s.id)} />
                    {s.year ? `${s.year}年` : '年份不详'}{kindLabel(s.kind)}
                  </label>{' '}
                  <span class={s.summary.fail ? 'bl-fail' : 'bl-muted'}>不符 {s.summary.fail}</span>{' '}
                  <SourceLink url={s.url} title={s.title}>原文</SourceLink>{' '}
                  <button type="button" class="bl-link" aria-label={`删除 ${deptName(s)} ${s.year ?? ''}`} onClick={() => run(deleteSnapshot(s.id).then(() => '已删除'))}>
                    删除
                  </button>
                </li>
              ))}
            </ul>}
          </div>
        ))}
      </div>
      <div class="bl-actions">
        <button type="button" data-bl-compare-button disabled={chosen.length < MIN_COMPARE} onClick={() => onCompare(chosen)}>
          对比所选（{chosen.length}/{MAX_COMPARE}）
        </button>
        <button type="button" disabled={library.entries.length === 0} onClick={() => run(exportLibrary().then((json) => { downloadText(`budget-lens-library-${new Date().toISOString().slice(0, 10)}.json`, json, 'application/json'); return '已导出文档库'; }))}>
          导出 JSON
        </button>
        {full ? (
          <label class="bl-file">
            导入 JSON <input type="file" accept=".json,application/json" onChange={onImport} data-bl-import />
          </label>
        ) : (
          <button type="button" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html?full=1') })}>导入…</button>
        )}
        {!confirmClear ? (
          <button type="button" disabled={library.entries.length === 0 && library.problems.length === 0} onClick={() => setConfirmClear(true)}>清空全部</button>
        ) : (
          <span class="bl-confirm" role="alertdialog">
            确定删除全部 {library.entries.length} 篇？{' '}
            <button type="button" class="bl-danger" onClick={() => { setConfirmClear(false); void run(clearLibrary().then(() => '已清空')); }}>确定清空</button>{' '}
            <button type="button" onClick={() => setConfirmClear(false)}>取消</button>
          </span>
        )}
      </div>
      {message && <p role="status" class={message.kind === 'error' ? 'bl-fail' : 'bl-ok'} data-bl-message={message.kind}>{message.text}</p>}
    </section>
  );
}
