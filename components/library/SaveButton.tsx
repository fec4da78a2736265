// "保存到对比" for the page panel and the PDF viewer: saves the checked report as a snapshot in
// the library (extension storage; works in content scripts and extension pages alike).
import { useState } from 'preact/hooks';
import { saveReport } from '../../lib/library/storage';
import type { Report } from '../../lib/report/schema';

export interface SaveButtonProps {
  report: Report;
  /** The page or PDF URL when it differs from report.source (the viewer passes the PDF URL). */
  url?: string;
  title?: string | null;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; replaced: boolean } | { kind: 'error'; message: string };

export function SaveButton({ report, url, title }: SaveButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const r = await saveReport(report, { url, title });
      setState({ kind: 'saved', replaced: r.replaced });
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };
  return (
    <span class="bl-save" data-bl-save={state.kind}>
      <button type="button" onClick={save} disabled={state.kind === 'saving'}>
        保存到对比
      </button>
      {state.kind === 'saved' && <span role="status"> {state.replaced ? '已更新' : '已保存'}，可在工具栏弹窗中对比</span>}
      {state.kind === 'error' && <span role="alert" class="bl-fail"> 保存失败：{state.message}</span>}
    </span>
  );
}
