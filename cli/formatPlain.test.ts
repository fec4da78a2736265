// The plain summary counts and lists root causes, as the page and the viewer do: seed 001's five
// misprinted 0.00 cells of 政府采购 break sixteen identities; each cell is printed once.
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../tests/shared';
import { formatPlain } from './formatPlain';
import { checkOne } from './checkTask';

describe('formatPlain on seed 001', () => {
  it('headline "5 处疑似错误 · 16 项核对不成立", each root cause once with the identities it breaks', async () => {
    const report = await checkOne(fixturePath('html', '001_285cefce529bcf8b.html'));
    const text = formatPlain(report, { lang: 'zh', showRounding: false });
    expect(text).toContain('5 处疑似错误 · 16 项核对不成立');
    const errors = text.split('\n').filter((l) => l.startsWith('  ✗ 不符'));
    expect(errors).toHaveLength(5);
    // 0.00 ≠ 485.37 is one cell: printed once, its row, column and cross-check folded under it.
    expect(errors.filter((l) => l.includes('485.37'))).toHaveLength(1);
    expect(text.match(/同一原因另有 2 项核对不成立/g)).toHaveLength(5);
    const en = formatPlain(report, { lang: 'en', showRounding: false });
    expect(en).toContain('5 suspected errors · 16 identities broken');
  });
});

describe('what was not checked', () => {
  it('a page with an unrecognised table says 未识别 and lists it under 未核对', async () => {
    const report = await checkOne(fixturePath('regional', 'numbered-titles.html'));
    const text = formatPlain(report, { lang: 'zh', showRounding: false });
    expect(text).toMatch(/覆盖：已识别 1\/2 表/);
    expect(text).toMatch(/未识别）/);
    expect(text).toMatch(/未核对：无标题表格（t1） — 未识别/);
    expect(text).toMatch(/! 存疑 \[completeness\.missing\] 目录第 2 项列出《表7/);
  });
});
