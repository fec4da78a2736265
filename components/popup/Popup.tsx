// The toolbar popup: the current tab's status and the actions that go with it.
// (Saved documents and comparisons come with the comparisons issue.)
import { useEffect, useState } from 'preact/hooks';
import { checkThisPage, readActiveTab, type ActiveTab } from './currentTab';

export function Popup() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const refresh = () => readActiveTab().then(setTab, () => setTab(null));
  useEffect(() => void refresh(), []);

  const s = tab?.status;
  return (
    <main class="bl-popup" data-bl-popup>
      <h1>预算透镜</h1>
      {tab === undefined && <p>读取中…</p>}
      {tab === null && <p>当前标签页不可核查。</p>}
      {tab && (
        <section data-bl-tab-state={s?.state ?? 'absent'}>
          {s?.state === 'checked' && s.summary && (
            <p class="bl-status">
              {[s.department, s.year ? `${s.year}年` : null].filter(Boolean).join(' ')} 核查 {s.summary.checks} 项：
              <b class="bl-fail">不符 {s.summary.fail}</b>，尾差 {s.summary.rounding}，一致 {s.summary.pass}
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
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">设置</a> ·{' '}
        <a href={browser.runtime.getURL('/viewer.html')} target="_blank" rel="noreferrer">打开 PDF 查看器</a>
      </footer>
    </main>
  );
}
