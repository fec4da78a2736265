// pdf.js's legacy build loads @napi-rs/canvas (a native library, ~40 ms of every CLI run:
// dlopen and its bindings) as soon as it is imported in Node, to polyfill DOMMatrix, ImageData and
// Path2D for rendering. Nothing is rendered here: text and operator lists need none of them. So
// before pdf.js is imported, the module cache holds a stand-in (Node's documented `require.cache`)
// whose three classes load the real library the first time anything uses them: pdf.js installs
// the stand-ins as its polyfills, and if a future code path does draw, it gets the real thing
// (the one matrix pdf.js makes when imported is made for real on first use too).
import { createRequire } from 'node:module';

type CanvasModule = Record<string, unknown>;

/** The classes pdf.js takes from the library; each loads it when first constructed or read. */
const CLASSES = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

export function deferCanvasLoad(pdfjsPackageJson: string): void {
  const require = createRequire(pdfjsPackageJson);
  let path: string;
  try {
    path = require.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js warns and goes on, as it would
  }
  if (require.cache[path]) return; // loaded already (or deferred already)
  let real: CanvasModule | null = null;
  const load = (): CanvasModule => {
    if (!real) {
      delete require.cache[path];
      real = require(path) as CanvasModule;
    }
    return real;
  };
  const exports: CanvasModule = {};
  for (const name of CLASSES) {
    const Real = () => load()[name] as new (...a: unknown[]) => object;
    exports[name] = new Proxy(function () {} as unknown as object, {
      // pdf.js makes one matrix when imported (for drawing): an instance made on first use.
      construct: (_t, args) => lazyInstance(() => new (Real())(...args)),
      get: (_t, key) => Reflect.get(Real(), key),
      has: (_t, key) => Reflect.has(Real(), key),
    });
  }
  // Anything else pdf.js asks of the module (createCanvas, for rendering) loads it too.
  const stand = new Proxy(exports, { get: (t, key) => (typeof key === 'string' && key in t ? t[key] : Reflect.get(load(), key)) });
  require.cache[path] = { id: path, filename: path, loaded: true, exports: stand, children: [], paths: [] } as unknown as NodeJS.Module;
}

/** An object that becomes `make()`'s on first use (methods called on the real one). */
function lazyInstance(make: () => object): object {
  let real: object | null = null;
  const it = () => (real ??= make());
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        const v = Reflect.get(it(), key);
        return typeof v === 'function' ? v.bind(it()) : v;
      },
      set: (_t, key, value) => Reflect.set(it(), key, value),
      has: (_t, key) => Reflect.has(it(), key),
      ownKeys: () => Reflect.ownKeys(it()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Reflect.getOwnPropertyDescriptor(it(), key);
        return d && { ...d, configurable: true };
      },
      getPrototypeOf: () => Reflect.getPrototypeOf(it()),
    },
  );
}
