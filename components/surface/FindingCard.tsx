// The hover / focus card: what was checked (the computation), the printed and expected values
// and the difference, every figure the check used, and "复制引用". All text goes in as text.
import { useState } from 'preact/hooks';
import { markedRefIndex } from '../../lib/page/markers';
import { quoteOf, type PageInfo } from '../../lib/page/quote';
import { refLine } from '../../lib/page/refLabel';
import type { Finding, Report } from '../../lib/report/schema';
import { trusted } from './trusted';

export const STATUS_LABEL: Record<Finding['status'], string> = { fail: '不符', rounding: '尾差', pass: '一致' };
export const statusLabel = (f: Pick<Finding, 'status' | 'severity'>) => (f.status === 'fail' && f.severity !== 'error' ? '疑点' : STATUS_LABEL[f.status]);

export interface CardProps {
  finding: Finding;
  /** Other findings marking the same place. */
  others: Finding[];
  report: Pick<Report, 'tables' | 'narrative'>;
  page: PageInfo;
  /** Viewport position of the card's top-left corner. */
  position: { left: number; top: number };
  onPick?: (f: Finding) => void;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** Puts the citation on the clipboard from an extension context (never the page's). */
  copy: (text: string) => Promise<boolean>;
}

const MAX_OPERANDS = 12;

export function FindingCard({ finding: f, others, report, page, position, onPick, onClose, onPointerEnter, onPointerLeave, copy: copyText }: CardProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const marked = f.refs[markedRefIndex(f)];
  const copy = async () => {
    const ok = await copyText(quoteOf(f, report, page)).catch(() => false);
    setCopied(ok ? '已复制' : '复制失败');
  };
  return (
    <div
      class="bl-card"
      role="dialog"
      aria-label={`核查结果：${statusLabel(f)}`}
      data-bl-card={f.id}
      data-bl-status={f.status}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onKeyDown={trusted((e: KeyboardEvent) => e.key === 'Escape' && onClose())}
    >
      <div class="bl-card-head">
        <span class="bl-tag" data-bl-status={f.status} data-bl-severity={f.severity}>
          {statusLabel(f)}
        </span>
        <span class="bl-card-where">{marked ? refLine(marked, report) : ''}</span>
      </div>
      <div class="bl-computation" data-bl-computation="">
        {f.message}
      </div>
      <dl class="bl-figures">
        <dt>印刷值</dt>
        <dd data-bl-actual="">{f.actual ?? marked?.value ?? '—'}</dd>
        <dt>应为</dt>
        <dd data-bl-expected="">{f.expected ?? '—'}</dd>
        <dt>差额</dt>
        <dd data-bl-difference="">{f.difference ?? '—'}</dd>
      </dl>
      {f.refs.length > 1 && (
        <ol class="bl-operands" aria-label="参与核算的数字">
          {f.refs.slice(0, MAX_OPERANDS).map((r, i) => (
            <li key={i}>
              {refLine(r, report)}：{r.value ?? r.text ?? ''}
              {i === markedRefIndex(f) && f.status !== 'pass' ? '（标记处）' : ''}
            </li>
          ))}
          {f.refs.length > MAX_OPERANDS && <li>…… 共 {f.refs.length} 个数字</li>}
        </ol>
      )}
      {others.length > 0 && (
        <p class="bl-more">
          此处另有 {others.length} 项核查：
          {others.slice(0, 5).map((o) => (
            <button key={o.id} type="button" class="bl-iconbtn" onClick={trusted(() => onPick?.(o))}>
              {statusLabel(o)}
            </button>
          ))}
        </p>
      )}
      <div class="bl-card-actions">
        <button type="button" onClick={trusted(() => void copy())} data-bl-copy="">
          复制引用
        </button>
        <button type="button" onClick={trusted(onClose)} aria-label="关闭">
          关闭
        </button>
        {copied && <span class="bl-copied" role="status">{copied}</span>}
      </div>
    </div>
  );
}
