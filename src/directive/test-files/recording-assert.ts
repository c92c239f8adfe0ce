import { AssertionError } from 'node:assert';

/** Assertions that return a promise (a test awaits them). */
const ASYNC = new Set(['rejects', 'doesNotReject']);

/**
 * An assert module that never fails: every assertion reports its name and arguments to `onAssert` and returns, so a
 * probed test runs through all of them. Works as `assert(x)` (reported as `ok`), `assert.strict` and a default import.
 */
export function recordingAssert(onAssert: (name: string, args: unknown[]) => void): unknown {
  const self: unknown = new Proxy(() => undefined, {
    apply: (_fn, _this, args: unknown[]) => onAssert('ok', args),
    get: (_target, key) => {
      if (key === '__esModule' || typeof key !== 'string') return undefined;
      if (key === 'strict' || key === 'default') return self;
      if (key === 'AssertionError') return AssertionError;
      return (...args: unknown[]) => {
        onAssert(key, args);
        return ASYNC.has(key) ? Promise.resolve() : undefined;
      };
    },
  });
  return self;
}
