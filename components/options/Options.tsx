// Settings: what to show on pages, language, and the sites (besides *.gov.cn) where the
// extension may run — each added site asks for its host permission at that moment.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../../lib/extension/settings';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [origin, setOrigin] = useState('');

  useEffect(() => {
    void loadSettings().then((l) => {
      setSettings(l.settings);
      setProblem(l.problem);
    });
  }, []);

  if (!settings) return <p>读取中…</p>;
  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      setProblem(null);
    } catch (e) {
      setProblem(`无法保存：${(e as Error).message}`);
    }
  };

  const addOrigin = async () => {
    let o: string;
    try {
      o = new URL(origin.includes('://') ? origin : `https://${origin}`).origin;
    } catch {
      setProblem('网址无效 invalid address');
      return;
    }
    const granted = await browser.permissions.request({ origins: [`${o}/*`] });
    if (!granted) {
      setProblem('未获授权 permission not granted');
      return;
    }
    await update({ enabledOrigins: [...new Set([...settings.enabledOrigins, o])] });
    setOrigin('');
  };

  return (
    <main style={{ font: '14px/1.6 system-ui, "Noto Sans CJK SC", sans-serif', maxWidth: '640px', margin: '24px auto' }}>
      <h1>预算透镜 · 设置</h1>
      {problem && <p role="alert" style={{ color: '#b71c1c' }}>{problem}</p>}
      <label>
        <input type="checkbox" checked={settings.showRounding} onChange={(e) => update({ showRounding: (e.target as HTMLInputElement).checked })} />
        在页面上显示尾差（四舍五入差异，琥珀色）
      </label>
      <br />
      <label>
        <input type="checkbox" checked={settings.showPass} onChange={(e) => update({ showPass: (e.target as HTMLInputElement).checked })} />
        显示核对一致的单元格（绿色）
      </label>
      <p>
        语言 Language：
        <select value={settings.lang} onChange={(e) => update({ lang: (e.target as HTMLSelectElement).value as 'zh' | 'en' })}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </p>
      <h2>其他网站</h2>
      <p>默认只在 *.gov.cn 网站上运行。要在其他网站上运行，请添加网址（会请求该网站的访问权限）。</p>
      <ul>
        {settings.enabledOrigins.map((o) => (
          <li key={o}>
            {o}{' '}
            <button type="button" onClick={async () => {
              await browser.permissions.remove({ origins: [`${o}/*`] });
              await update({ enabledOrigins: settings.enabledOrigins.filter((x) => x !== o) });
            }}>移除</button>
          </li>
        ))}
      </ul>
      <input value={origin} placeholder="https://example.org" onInput={(e) => setOrigin((e.target as HTMLInputElement).value)} />
      <button type="button" onClick={addOrigin}>添加</button>
    </main>
  );
}
