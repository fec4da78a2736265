// 复制引用 carries no bidirectional controls: a page title with U+202E (RLO) and friends would make
// the pasted citation display in an order other than written.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../report/schema';
import { quoteOf, stripBidi } from './quote';

const f: Finding = {
  id: 'x',
  rule: 'rowSums',
  status: 'fail',
  severity: 'error',
  message: '0.00 ≠ 485.37',
  expected: '485.37',
  actual: '0.00',
  refs: [{ table: null, row: null, col: null, page: null, text: '0.00', value: '0.00' }],
};

describe('quoteOf', () => {
  it('strips bidi controls from the page title and everything else it quotes', () => {
    const q = quoteOf(f, { tables: [] }, { title: '某局\u202E2024年\u202C部门\u2066预算\u2069\u200F', url: 'http://x.gov.cn/\u202Ea' });
    expect(q).toContain('《某局2024年部门预算》（http://x.gov.cn/a）');
    expect(q).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });
  it('keeps ordinary text as it is', () => {
    expect(stripBidi('柳州市科学技术局 2024年 (a→b)')).toBe('柳州市科学技术局 2024年 (a→b)');
  });
});
