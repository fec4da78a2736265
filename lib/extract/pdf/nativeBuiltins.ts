// pdf.js's legacy build (the one that runs in Node) bundles core-js, which replaces built-ins
// *globally* for the whole process: Array.prototype.push (its length check past 2^32 − 1 fails on
// V8) and JSON.parse / JSON.stringify (wrapped for JSON.rawJSON and source-text access, proposals
// neither pdf.js nor we use). The wrappers run in JavaScript: measured 7% of an extraction's CPU
// for push, and JSON.stringify of a 600 KB report 3 ms → 85–155 ms. The natives differ only for
// arrays longer than 2^32 − 1 and for those proposals. Captured when this module is first
// imported (before pdf.js is), put back after pdf.js and its in-process worker have loaded.
const NATIVE = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

export function restoreNativeBuiltins(): void {
  const put = (target: object, key: string, value: unknown): void => {
    if ((target as Record<string, unknown>)[key] !== value) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
    }
  };
  put(Array.prototype, 'push', NATIVE.push);
  put(JSON, 'parse', NATIVE.parse);
  put(JSON, 'stringify', NATIVE.stringify);
}
