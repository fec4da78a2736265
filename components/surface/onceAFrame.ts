// Many events, one call per animation frame (scrolling fires far more often than the screen draws).
export function onceAFrame(cb: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      cb();
    });
  };
}
