// Calls the function under test for every example case, test or script evaluation, one message per result, each
// sent before the next call so the results before a hang or crash have already reached the parent.
import { describeThrown } from './describe-thrown.mjs';
import { encodeValue } from './encode-value.mjs';
import { within } from './within.mjs';

// The parent accepts at most this many call times per message (runner-message.ts).
const MAX_TIMES_PER_MESSAGE = 1000;

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

/** Wraps the function under test so the calls a test or script makes are timed here, in the judge. */
function timed(fn, times) {
  const wrapper = function timedCall(...args) {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      if (times.length < MAX_TIMES_PER_MESSAGE) times.push(performance.now() - start);
    }
  };
  Object.defineProperty(wrapper, 'name', { value: fn.name });
  Object.defineProperty(wrapper, 'length', { value: fn.length });
  return wrapper;
}

/** Runs the job's evaluator against the loaded candidate ({ fn, mod }), sending each result as it completes. */
export async function runHarness(job, harness, candidate, send) {
  if (job.kind === 'examples') {
    for (const split of ['train', 'test']) {
      const cases = job[split];
      for (let index = 0; index < cases.length; index++) send(await runCase(split, index, cases[index], candidate, job));
    }
  } else if (job.kind === 'tests') {
    for (let index = 0; index < harness.tests.length; index++) send(await runTest(harness.tests[index], index, candidate, job));
  } else {
    send(await runScript(harness.evaluate, candidate, job));
  }
}

async function runCase(split, index, args, candidate, job) {
  const start = performance.now();
  try {
    let output = candidate.fn(...args);
    if (isThenable(output)) output = await within(output, job.caseTimeoutMs);
    const ms = performance.now() - start;
    return { kind: 'case', split, index, ms, value: encodeValue(output, job.maxValueBytes) };
  } catch (error) {
    return { kind: 'case', split, index, ms: performance.now() - start, error: describeThrown(error) };
  }
}

async function runTest(test, index, candidate, job) {
  const result = { kind: 'test', index, name: test.name, ok: false, ms: 0, calls: [] };
  if (test.broken) return { ...result, error: test.broken };
  const start = performance.now();
  try {
    const outcome = test.run(timed(candidate.fn, result.calls), candidate.mod);
    if (isThenable(outcome)) await within(outcome, job.caseTimeoutMs);
    return { ...result, ok: true, ms: performance.now() - start };
  } catch (error) {
    return { ...result, ms: performance.now() - start, error: describeThrown(error) };
  }
}

async function runScript(evaluate, candidate, job) {
  const result = { kind: 'script', calls: [] };
  if (evaluate.broken) return { ...result, error: evaluate.broken };
  try {
    const outcome = await evaluate.run(timed(candidate.fn, result.calls));
    return { ...result, value: encodeValue(outcome, job.maxValueBytes) };
  } catch (error) {
    return { ...result, error: describeThrown(error) };
  }
}
