import type { ExampleCase } from '../directive.js';
import type { NamedTest } from './load-test-files.js';
import { loadTestFiles } from './load-test-files.js';
import type { GpTestSuite } from './test-suite.js';
import { recordingAssert } from './recording-assert.js';
import { runNamedTest } from './run-named-test.js';

/** What probing a suite observed: literal input/output cases, the arguments of every call, assertions per test. */
export interface TestProbe {
  /** `fn(args)` compared for equality with a value: one case per distinct pair, in the order met. */
  examples: ExampleCase[];
  /** The arguments of every call the tests made (typing reads them where no output was compared). */
  calls: unknown[][];
  assertions: number[];
  /** Per test, the positions (0-based, in the order met) of the assertions that gave no literal case. */
  nonLiteral: number[][];
  /** The named tests, in order; a test that cannot run at all (its file does not load) says why. */
  tests: { name: string; broken?: string }[];
}

/** Assertions of one test that become cases of their own (a test looping over thousands of checks gives the first). */
const MAX_ASSERTION_CASES = 50;

/** Calls one test may make while probed: a test that loops until the function returns something ends here. */
const MAX_PROBE_CALLS = 10_000;

/** The assertions whose two sides a probe reads as the function's output and the value expected of it. */
const EQUALITIES = new Set(['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual']);

/** A copy of a call's arguments as they were when it was made (the test may change them later). */
function snapshot(args: unknown[]): unknown[] {
  try {
    return structuredClone(args);
  } catch {
    return args;
  }
}

/** What a probed call returns: a marker an equality assertion recognises as "the output of call n". */
class ProbeOutput {
  constructor(readonly call: number) {}
}

/**
 * Runs every test with a function that records its arguments and returns a marker, and an assert that never fails:
 * `assert.equal(fn(2, 3), 5)` (or a marker inside an array compared with an array, `deepEqual([f(1), f(2)], [3, 4])`)
 * yields the case 2, 3 → 5, whatever the literal was computed from. Anything else a test asserts stays its own.
 */
export async function probeTests(files: GpTestSuite['files'], outputs: number, timeoutMs: number): Promise<TestProbe> {
  const calls: unknown[][] = [];
  const examples = new Map<string, ExampleCase>();
  let assertions = 0;
  // Whether the two sides of an equality held a literal case (recorded, or already known).
  const pair = (actual: unknown, expected: unknown): boolean => {
    if (actual instanceof ProbeOutput) {
      const out = outputs === 1 ? [expected] : Array.isArray(expected) && expected.length === outputs ? expected : undefined;
      if (!out) return false;
      const found = { inputs: calls[actual.call], outputs: snapshot(out) };
      const key = JSON.stringify(found);
      if (key !== undefined && !examples.has(key)) examples.set(key, found);
      return true;
    }
    if (Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length) {
      return actual.map((a, i) => a instanceof ProbeOutput && pair(a, expected[i])).includes(true);
    }
    return expected instanceof ProbeOutput && pair(expected, actual);
  };
  let others: number[] = [];
  const assert = recordingAssert((name, args) => {
    const literal = EQUALITIES.has(name) && pair(args[0], args[1]);
    if (!literal && others.length < MAX_ASSERTION_CASES) others.push(assertions);
    assertions++;
  });
  const tests: NamedTest[] = loadTestFiles(files, () => assert);
  const perTest: number[] = [];
  const nonLiteral: number[][] = [];
  for (const test of tests) {
    assertions = 0;
    others = [];
    let made = 0;
    const probe = (...args: unknown[]): ProbeOutput => {
      if (++made > MAX_PROBE_CALLS) throw new Error('too many calls while probing');
      calls.push(snapshot(args));
      return new ProbeOutput(calls.length - 1);
    };
    await runNamedTest(test, probe, timeoutMs);
    perTest.push(assertions);
    nonLiteral.push(others);
  }
  return { examples: [...examples.values()], calls, assertions: perTest, nonLiteral, tests: tests.map(({ name, broken }) => ({ name, broken })) };
}
