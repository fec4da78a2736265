// "生成检查表" (inspection sheet): builds the reviewers' sheet of the report on show and downloads
// it as .xlsx. How the sheet is built is the caller's (lazily: SheetJS is large); the link that
// saves it is put beside the button, so on a page it stays inside our shadow root.
import { useState } from 'preact/hooks';
import { downloadFile } from './downloadFile';
// Type only: the sheet's code (SheetJS) must not enter the content script's bundle.
import type { SheetFile } from './inspectionSheetFile';
import { trusted } from './trusted';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; name: string } | { kind: 'error'; message: string };

export function SheetButton({ onSheet }: { onSheet: () => Promise<SheetFile> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (container: ParentNode) => {
    setState({ kind: 'working' });
    try {
      const file = await onSheet();
      downloadFile(container, file.name, file.bytes, XLSX_TYPE);
      setState({ kind: 'done', name: file.name });
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };
  return (
    <span class="bl-inspection" data-bl-inspection={state.kind}>
      <button
        type="button"
        class="bl-iconbtn"
        disabled={state.kind === 'working'}
        title="Inspection sheet: download the reviewers' 检查表 (.xlsx) for this document"
        onClick={trusted((e: MouseEvent) => {
          const container = (e.currentTarget as HTMLElement).parentNode;
          if (container) void run(container);
        })}
      >
        生成检查表
      </button>
      {state.kind === 'working' && <span role="status">正在生成…</span>}
      {state.kind === 'done' && <span role="status" title={`${state.name} (downloaded)`}>已下载</span>}
      {state.kind === 'error' && <span role="alert" class="bl-fail" title="Inspection sheet failed">生成失败：{state.message}</span>}
    </span>
  );
}
