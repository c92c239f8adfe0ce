import type { NamedTest } from './load-test-files.js';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';

/**
 * Runs one named test on `fn` (its module namespace holds `fn` as the default export): true when it passes. A test
 * that returns a promise must settle within `ms`; a synchronous one is bounded by what `fn` does once its time is up.
 */
export async function runNamedTest(test: NamedTest, fn: (...args: unknown[]) => unknown, ms: number): Promise<boolean> {
  if (!test.run) return false;
  let outcome: unknown;
  try {
    outcome = test.run(fn, Object.freeze({ default: fn }));
  } catch {
    return false;
  }
  if (!isThenable(outcome)) return true;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = Promise.resolve(outcome).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}
