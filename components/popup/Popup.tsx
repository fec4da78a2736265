// The toolbar popup: the current tab's status and the actions that go with it, then the saved
// documents and their comparisons. popup.html?full=1 is the same UI in a tab (wider; file import).
import { useEffect, useState } from 'preact/hooks';
import type { CompareView as CompareViewType } from './CompareView';
import { checkThisPage, readActiveTab, type ActiveTab } from './currentTab';
import { LibraryPanel } from './LibraryPanel';
import { saveCurrentTab } from './saveCurrentTab';
import { useLibrary } from './useLibrary';
import { loadSnapshots } from '../../lib/library/storage';
import { causeHeadline } from '../../lib/report/rootCauses';
import type { Snapshot } from '../../lib/library/snapshot';

const params = new URLSearchParams(location.search);
const FULL = params.has('full');
const FOR_TAB = params.has('tab') ? Number(params.get('tab')) : undefined;

export function Popup() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(FULL ? null : undefined);
  const [busy, setBusy] = useState(false);
  const [saveNote, setSaveNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [comparing, setComparing] = useState<string[] | null>(null);
  const [compareProblem, setCompareProblem] = useState<string | null>(null);
  const { library, error } = useLibrary();
  const refresh = () => readActiveTab(FOR_TAB).then(setTab, () => setTab(null));
  useEffect(() => void (FULL || refresh()), []);
  useEffect(() => {
    // Marks the moment the popup is interactive with its library (measured by the e2e test).
    if (library && !document.documentElement.dataset.blReady) {
      performance.mark('bl-ready');
      document.documentElement.dataset.blReady = String(Math.round(performance.now()));
    }
  }, [library]);

  const [compared, setCompared] = useState<Snapshot[] | null>(null);
  // The compare view (decimal.js, the comparison code) loads on first use: the list opens faster.
  const [CompareView, setCompareView] = useState<typeof CompareViewType | null>(null);
  useEffect(() => {
    if (comparing && !CompareView) void import('./CompareView').then((m) => setCompareView(() => m.CompareView));
  }, [comparing]);
  useEffect(() => {
    // Full snapshots are read only for the documents being compared (the list needs the index only).
    if (!comparing) return setCompared(null);
    loadSnapshots(comparing).then(
      ({ snapshots, problems }) => {
        setCompared(snapshots);
        setCompareProblem(problems.length ? problems.map((p) => p.reason).join('；') : null);
      },
      (e: Error) => setCompareProblem(e.message),
    );
  }, [comparing, library]);
  const s = tab?.status;
  return (
    <main class={`bl-popup${FULL ? ' bl-full' : ''}`} data-bl-popup>
      <h1>预算透镜</h1>
      {FULL && <p class="bl-muted">文档库与对比</p>}
      {!FULL && tab === undefined && <p>读取中…</p>}
      {!FULL && tab === null && <p>当前标签页不可核查。</p>}
      {tab && (
        <section data-bl-tab-state={s?.state ?? 'absent'}>
          {s?.state === 'checked' && s.summary && (
            <p class="bl-status">
              {[s.department, s.year ? `${s.year}年` : null].filter(Boolean).join(' ')} 核查 {s.summary.checks} 项：
              <b class="bl-fail" data-bl-headline>
                {causeHeadline({ errors: s.summary.causes?.errors ?? s.summary.fail, doubts: s.summary.causes?.doubts ?? 0, failing: s.summary.fail })}
              </b>
              ，尾差 {s.summary.rounding}，一致 {s.summary.pass}
            </p>
          )}
          {s?.state === 'checked' && (
            <p>
              <button type="button" onClick={() => void browser.tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => {})}>
                显示/隐藏核查面板
              </button>{' '}
              <button
                type="button"
                data-bl-save-tab
                onClick={async () => {
                  const r = await saveCurrentTab(tab.id);
                  setSaveNote(r.ok ? { ok: true, text: r.replaced ? '已更新此文档的保存' : '已保存到对比' } : { ok: false, text: r.error });
                }}
              >
                保存到对比
              </button>{' '}
              {saveNote && <span role="status" class={saveNote.ok ? 'bl-ok' : 'bl-fail'}>{saveNote.text}</span>}
            </p>
          )}
          {s?.state === 'checking' && <p>正在核查…</p>}
          {s?.state === 'error' && <p class="bl-fail">核查出错：{s.error}</p>}
          {s?.state === 'none' && <p>此页不是预决算公开页面。</p>}
          {!s && !tab.isPdf && (
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await checkThisPage(tab.id).catch(() => {});
                setTimeout(() => void refresh().finally(() => setBusy(false)), 800);
              }}
            >
              核查此页
            </button>
          )}
          {tab.isPdf && (
            <button type="button" onClick={() => browser.runtime.sendMessage({ type: 'open-viewer', url: tab.url })}>
              在预算透镜中打开此 PDF
            </button>
          )}
          {s && s.pdfLinks.length > 0 && (
            <ul class="bl-links">
              {s.pdfLinks.map((l) => (
                <li key={l.url}>
                  <button type="button" onClick={() => browser.runtime.sendMessage({ type: 'open-viewer', url: l.url })}>核查</button> {l.text || l.url}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {error && <p class="bl-fail" role="alert">{error}</p>}
      {compareProblem && <p class="bl-fail" role="alert">{compareProblem}</p>}
      {library && comparing && compared && compared.length >= 2 && CompareView ? (
        <CompareView snapshots={compared} onBack={() => setComparing(null)} />
      ) : (
        library && <LibraryPanel library={library} full={FULL} onCompare={setComparing} />
      )}
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">设置</a> ·{' '}
        <a href={browser.runtime.getURL('/viewer.html')} target="_blank" rel="noreferrer">打开 PDF 查看器</a>
        {!FULL && (
          <>
            {' '}· <a href={browser.runtime.getURL('/popup.html?full=1')} target="_blank" rel="noreferrer">在标签页中打开文档库</a>
          </>
        )}
      </footer>
    </main>
  );
}
