import { createRequire } from 'node:module';
import type TS from 'typescript';

const requireHere = createRequire(import.meta.url);
let loaded: typeof TS | undefined;

/**
 * The TypeScript compiler API, loaded on its first use rather than when a module importing it is: loading it costs a
 * few hundred milliseconds, which commands that never parse code (`hephaestus --help`, `status`) should not pay.
 * Type positions use `import type TS from 'typescript'`, which costs nothing at run time.
 */
export const ts: typeof TS = new Proxy({} as typeof TS, {
  get: (_target, key) => Reflect.get((loaded ??= requireHere('typescript') as typeof TS), key),
});
