// The progress line on a terminal (stderr): done / total, rate, failures so far, time left.
// Redrawn at most ~8 times a second; nothing at all in a pipe or with --quiet.
export interface Progress {
  update(done: number, total: number, failed: number): void;
  clear(): void;
}

export function progressLine(write: (s: string) => void, enabled: boolean, lang: 'zh' | 'en'): Progress {
  const t0 = performance.now();
  let last = 0;
  let shown = false;
  if (!enabled) return { update() {}, clear() {} };
  return {
    update(done, total, failed) {
      const now = performance.now();
      if (now - last < 120 && done < total) return;
      last = now;
      const secs = (now - t0) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      const left = rate > 0 ? Math.round((total - done) / rate) : null;
      const eta = left === null ? '–' : left >= 60 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : `${left}s`;
      const text = lang === 'zh'
        ? `已完成 ${done}/${total} · ${rate.toFixed(1)} 份/秒 · 失败 ${failed} · 剩余约 ${eta}`
        : `${done}/${total} done · ${rate.toFixed(1)}/s · ${failed} failed · ETA ${eta}`;
      write(`\r\x1b[K${text}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
