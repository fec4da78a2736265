// The viewer page (viewer.html?url=…, or a file the user picks / drops). Thin: a PDF opens in the
// PDF view, a workbook or Word file (.xlsx/.xls/.et/.docx, by name) in the table view; settings
// (rounding / pass switches) are shared with the page overlay.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OfficeViewer, type OfficeSource } from '../../components/viewer/OfficeViewer';
import { officeKindOf } from '../../components/viewer/officeKind';
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
  const initialUrl = new URLSearchParams(location.search).get('url');
  // An office attachment (its URL, or a local file picked or dropped in either view).
  const [office, setOffice] = useState<OfficeSource | null>(() => (initialUrl && officeKindOf(initialUrl) ? { url: initialUrl } : null));
  const [pdfFile, setPdfFile] = useState<File | null>(null);
  const onFile = (file: File) => {
    if (officeKindOf(file.name)) setOffice({ file });
    else {
      setOffice(null);
      setPdfFile(file);
    }
  };
  const onSettings = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void saveSettings(patch).catch(() => {});
  };
  if (office) return <OfficeViewer source={office} settings={settings} onSettings={onSettings} onFile={onFile} />;
  return (
    <PdfViewer
      initialUrl={initialUrl && !officeKindOf(initialUrl) ? initialUrl : null}
      initialFile={pdfFile}
      onOfficeFile={onFile}
      onOfficeBytes={(name, bytes) => setOffice({ bytes, name })}
      assetsBase={(browser.runtime.getURL as (path: string) => string)('/pdfjs/')}
      settings={settings}
      onSettings={onSettings}
    />
  );
}

render(<App />, document.getElementById('app')!);
