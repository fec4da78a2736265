// The PDF viewer page (viewer.html?url=…, or a file the user picks / drops). Thin: the viewer
// component does the work.
import { render } from 'preact';
import { PdfViewer } from '../../components/viewer/PdfViewer';
import '../../components/viewer/viewer.css';

const params = new URLSearchParams(location.search);
render(<PdfViewer initialUrl={params.get('url')} assetsBase={(browser.runtime.getURL as (path: string) => string)('/pdfjs/')} />, document.getElementById('app')!);
