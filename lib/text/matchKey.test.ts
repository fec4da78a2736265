import { describe, expect, it } from 'vitest';
import { labelKey, layoutKey, matchKey, titleKey } from './matchKey';

// The three keys differ on purpose; these pin each difference so a change to one is a decision.
describe('matchKey presets', () => {
  const printed = '（一） 部门 決算【2024】“三公”经费：１２';

  it('layoutKey keeps the source characters apart from （）：決 and double quotes', () => {
    expect(layoutKey(printed)).toBe('(一)部门决算【2024】"三公"经费:１２');
  });

  it('labelKey folds width and every bracket, and drops quotes', () => {
    expect(labelKey(printed)).toBe('(一)部门決算(2024)三公经费:12');
  });

  it('titleKey also repairs radicals and unifies quotes instead of dropping them', () => {
    expect(titleKey('⻔户 ‘网站’ “三公”')).toBe("门户'网站'\"三公\"");
    expect(labelKey('⻔户')).toBe('⻔户');
  });

  it('drops every kind of whitespace, ideographic and non-breaking included', () => {
    const opts = { width: 'none', allBrackets: false, quotes: 'unify-double', simplifyJue: false } as const;
    expect(matchKey('公务\u3000接待\u00a0费 ', opts)).toBe('公务接待费');
  });

  it('labelKey answers the same from its cache', () => {
    expect(labelKey('〔2016〕 ５号')).toBe('(2016)5号');
    expect(labelKey('〔2016〕 ５号')).toBe('(2016)5号');
  });
});
