import { describe, expect, it } from 'vitest';
import { fixRadicals, hasRadicals, normalizeCjk, RADICAL_SUPPLEMENT } from './cjkNormalize';
import { titleKey } from './matchKey';

// Strings as Chromium-printed PDFs of the seeds come out of pdf.js: Kangxi radicals for 目 支 行,
// supplement radicals for 门 长 见.
const DAMAGED_TITLE = '405柳州市科学技术局2024年部⻔预算公开说明';
const DAMAGED_ROW = '⼀般公共预算基本⽀出情况表（单位：万元）';

describe('fixRadicals (display text)', () => {
  it('repairs Kangxi and supplement radicals one for one', () => {
    expect(fixRadicals('项⽬⽀出')).toBe('项目支出');
    expect(fixRadicals('⾏政运⾏')).toBe('行政运行');
    expect(fixRadicals(DAMAGED_TITLE)).toBe('405柳州市科学技术局2024年部门预算公开说明');
    expect(fixRadicals('⻓期⻅效')).toBe('长期见效');
  });
  it('keeps full-width punctuation and length, so offsets stay valid', () => {
    const fixed = fixRadicals(DAMAGED_ROW);
    expect(fixed).toBe('一般公共预算基本支出情况表（单位：万元）');
    expect(fixed.length).toBe(DAMAGED_ROW.length);
    expect(fixRadicals('10, 312. 28 万元…')).toBe('10, 312. 28 万元…');
  });
  it('leaves component-only radicals it has no whole-character equivalent for', () => {
    expect(fixRadicals('⺌')).toBe('⺌');
  });
});

describe('normalizeCjk', () => {
  it('folds full-width forms and radicals', () => {
    expect(normalizeCjk('因公出国（境）费')).toBe('因公出国(境)费');
    expect(normalizeCjk('１２，３４５．６７')).toBe('12,345.67');
    expect(normalizeCjk('部⻔预算⽀出')).toBe('部门预算支出');
  });
  it('every supplement entry maps a U+2E80–2EFF radical to a unified ideograph', () => {
    for (const [radical, ideograph] of RADICAL_SUPPLEMENT) {
      const r = radical.codePointAt(0)!;
      const i = ideograph.codePointAt(0)!;
      expect(r >= 0x2e80 && r <= 0x2eff).toBe(true);
      expect((i >= 0x4e00 && i <= 0x9fff) || (i >= 0x3400 && i <= 0x4dbf)).toBe(true);
      // Where NFKC knows the radical (only ⺟ and ⻳), it must agree with the table.
      const nfkc = radical.normalize('NFKC');
      if (nfkc !== radical) expect(nfkc).toBe(ideograph);
      expect(normalizeCjk(radical)).toBe(ideograph);
    }
  });
  it('detects radicals', () => {
    expect(hasRadicals(DAMAGED_TITLE)).toBe(true);
    expect(hasRadicals('部门预算')).toBe(false);
    expect(hasRadicals(DAMAGED_TITLE)).toBe(true); // global regex state must not leak
  });
});

describe('titleKey', () => {
  it('matches titles across bracket, quote, colon and spacing variants', () => {
    expect(titleKey('财政拨款“三公”经费支出决算表')).toBe(titleKey('财政拨款"三公"经费支出决算表'));
    expect(titleKey('因公出国（境）费')).toBe(titleKey('因公出国(境)费'));
    expect(titleKey('单位：万元')).toBe('单位:万元');
    expect(titleKey('部 门 收 支 总 体 情 况 表')).toBe('部门收支总体情况表');
    expect(titleKey('财预〔2016〕143号')).toBe('财预(2016)143号');
    expect(titleKey('⼀般公共预算基本⽀出情况表')).toBe('一般公共预算基本支出情况表');
  });
  it('keeps distinct titles distinct', () => {
    expect(titleKey('部门收入总体情况表')).not.toBe(titleKey('部门支出总体情况表'));
  });
});
