import vm from 'node:vm';
import type { NamedTest } from './load-test-files.js';

// A test's synchronous part runs under vm's watchdog, which stops any JavaScript the call runs (the test's own loops
// included) once its time is up; one context and script serve every call.
const watched = vm.createContext({ job: undefined as (() => unknown) | undefined });
const callJob = new vm.Script('job()');

/** Calls `job`, throwing when its synchronous run takes longer than `ms`. */
function bounded(job: () => unknown, ms: number): unknown {
  watched.job = job;
  try {
    return callJob.runInContext(watched, { timeout: ms });
  } finally {
    watched.job = undefined;
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';

/**
 * Runs one named test on `fn` (its module namespace holds `fn` as the default export): true when it passes. Its
 * synchronous part is stopped after `ms`, whatever loops; a test that returns a promise must settle within `ms` too.
 */
export async function runNamedTest(test: NamedTest, fn: (...args: unknown[]) => unknown, ms: number): Promise<boolean> {
  if (!test.run) return false;
  const run = test.run;
  let outcome: unknown;
  try {
    bounded(() => (outcome = run(fn, Object.freeze({ default: fn }))), ms);
  } catch {
    // The watchdog may fire just after an async test returned its promise: its rejection must not go unhandled.
    if (isThenable(outcome)) Promise.resolve(outcome).catch(() => undefined);
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
