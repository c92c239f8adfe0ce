// Calls the function under test for every example case, test or script evaluation, one message per result,
// each awaited until written so the results before a hang or crash have already reached the parent.
import { describeThrown } from './describe-thrown.mjs';
import { encodeValue } from './encode-value.mjs';

const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const MAX_TIMES_PER_MESSAGE = 1000;

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

/** Wraps the function under test so the calls a test or script makes are timed; name and length stay the candidate's. */
function timed(fn, now, times) {
  const wrapper = function timedCall(...args) {
    const start = now();
    try {
      return apply(fn, this, args);
    } finally {
      if (times.length < MAX_TIMES_PER_MESSAGE) times[times.length] = now() - start;
    }
  };
  try {
    defineProperty(wrapper, 'name', { value: fn.name });
    defineProperty(wrapper, 'length', { value: fn.length });
  } catch {
    // a candidate whose name or length cannot be read keeps the wrapper's
  }
  return wrapper;
}

/** Runs the job's evaluator against the loaded candidate ({ fn, mod }), emitting each result as it completes. */
export async function runHarness(job, harness, candidate, emit, realm) {
  if (job.kind === 'examples') {
    const splits = ['train', 'test'];
    for (let s = 0; s < splits.length; s++) {
      const cases = job[splits[s]];
      for (let index = 0; index < cases.length; index++) await emit(await runCase(splits[s], index, cases[index], candidate, job, realm));
    }
  } else if (job.kind === 'tests') {
    for (let index = 0; index < harness.tests.length; index++) await emit(await runTest(harness.tests[index], index, candidate, job, realm));
  } else {
    await emit(await runScript(harness.evaluate, candidate, job, realm));
  }
}

async function runCase(split, index, args, candidate, job, realm) {
  const start = realm.now();
  try {
    let output = apply(candidate.fn, undefined, args);
    if (isThenable(output)) output = await realm.within(output, job.caseTimeoutMs);
    const ms = realm.now() - start;
    return { kind: 'case', split, index, ms, value: encodeValue(output, job.maxValueBytes) };
  } catch (error) {
    return { kind: 'case', split, index, ms: realm.now() - start, error: describeThrown(error) };
  }
}

async function runTest(test, index, candidate, job, realm) {
  const result = { kind: 'test', index, name: test.name, ok: false, ms: 0, calls: [] };
  if (test.broken) return { ...result, error: test.broken };
  const start = realm.now();
  try {
    const outcome = apply(test.run, undefined, [timed(candidate.fn, realm.now, result.calls), candidate.mod]);
    if (isThenable(outcome)) await realm.within(outcome, job.caseTimeoutMs);
    return { ...result, ok: true, ms: realm.now() - start };
  } catch (error) {
    return { ...result, ms: realm.now() - start, error: describeThrown(error) };
  }
}

async function runScript(evaluate, candidate, job, realm) {
  const result = { kind: 'script', calls: [] };
  if (evaluate.broken) return { ...result, error: evaluate.broken };
  try {
    const outcome = await apply(evaluate.run, undefined, [timed(candidate.fn, realm.now, result.calls)]);
    return { ...result, value: encodeValue(outcome, job.maxValueBytes) };
  } catch (error) {
    return { ...result, error: describeThrown(error) };
  }
}
