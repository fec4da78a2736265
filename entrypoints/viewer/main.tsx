// The PDF viewer page (viewer.html?url=…, or a file the user picks / drops). Thin: the viewer
// component does the work; settings (rounding / pass switches) are shared with the page overlay.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PdfViewer } from '../../components/viewer/PdfViewer';
import '../../components/surface/surface.css';
import '../../components/viewer/textLayer.css';
import '../../components/viewer/viewer.css';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/extension/settings';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then((s) => setSettings(s.settings)).catch(() => {});
    return watchSettings(setSettings);
  }, []);
  const params = new URLSearchParams(location.search);
  return (
    <PdfViewer
      initialUrl={params.get('url')}
      assetsBase={(browser.runtime.getURL as (path: string) => string)('/pdfjs/')}
      settings={settings}
      onSettings={(patch) => {
        setSettings((s) => ({ ...s, ...patch }));
        void saveSettings(patch).catch(() => {});
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
