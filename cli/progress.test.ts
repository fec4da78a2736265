// The progress line: drawn only when enabled (a terminal, no --quiet), one redrawn line with
// done / total, rate, failures and time left, cleared before other output.
import { describe, expect, it } from 'vitest';
import { progressLine } from './progress';

describe('progressLine', () => {
  it('draws nothing when disabled (a pipe or --quiet)', () => {
    let out = '';
    const p = progressLine((s) => (out += s), false, 'zh');
    p.update(1, 2, 0);
    p.update(2, 2, 1);
    p.clear();
    expect(out).toBe('');
  });

  it('redraws one line with done/total, failures and time left, and clears it', () => {
    let out = '';
    const p = progressLine((s) => (out += s), true, 'zh');
    p.update(3, 3, 1); // the last update is always drawn
    expect(out).toMatch(/^\r\x1b\[K已完成 3\/3 · [\d.]+ 份\/秒 · 失败 1 · 剩余约 0s$/);
    p.clear();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
    let en = '';
    progressLine((s) => (en += s), true, 'en').update(1, 1, 0);
    expect(en).toMatch(/1\/1 done · [\d.]+\/s · 0 failed · ETA 0s/);
  });
});
