import type { CompiledProgram, PrimitiveTable } from '../../programs/compile-program.js';
import { compilePrograms } from '../../programs/compile-programs.js';
import { countingAssert, type AssertCounter } from '../../directive/test-files/counting-assert.js';
import type { CaseSet } from '../../programs/evaluate-programs.js';
import { runCases } from '../../programs/evaluate-programs.js';
import type { GpTestSuite } from '../../directive/test-files/test-suite.js';
import { loadTestFiles, type NamedTest } from '../../directive/test-files/load-test-files.js';
import { runNamedTest } from '../../directive/test-files/run-named-test.js';
import { stepBudget } from '../../programs/step-budget.js';

/** A suite loaded in one thread, with the counter its asserts report to and the queue that runs its work in turn. */
export interface LoadedSuite {
  suite: GpTestSuite;
  tests: NamedTest[];
  counter: AssertCounter;
  queue: Promise<unknown>;
}

/** Loads a suite's files once in this thread, their asserts counting the assertions each test gets past. */
export function loadSuite(suite: GpTestSuite): LoadedSuite {
  const counter = { passed: 0 };
  return { suite, tests: loadTestFiles(suite.files, (real) => countingAssert(real, counter)), counter, queue: Promise.resolve() };
}

/**
 * The program as a test calls it: each call gets the step budget of its inputs, and once the test's time is up every
 * call throws, so a test that loops calling a wrong program ends (a loop that never calls the program is the test's own).
 */
function guarded(fn: CompiledProgram, table: PrimitiveTable, deadline: number): (...args: unknown[]) => unknown {
  const call = (...args: unknown[]): unknown => {
    if (performance.now() > deadline) throw new Error('the test ran out of time');
    table.resetSteps(stepBudget(args));
    return fn(...args);
  };
  // As in the sandbox, a test that reads the function's arity sees the program's.
  return Object.defineProperty(call, 'length', { value: fn.length });
}

/** How one test went for one program: passed, or how many of its assertions the program got past. */
interface TestRun {
  ok: boolean;
  passed: number;
}

async function runTest(loaded: LoadedSuite, t: number, fn: CompiledProgram | undefined, table: PrimitiveTable): Promise<TestRun> {
  if (!fn) return { ok: false, passed: 0 };
  const { suite, counter } = loaded;
  counter.passed = 0;
  const ok = await runNamedTest(loaded.tests[t], guarded(fn, table, performance.now() + suite.timeoutMs), suite.timeoutMs);
  return { ok, passed: counter.passed };
}

/**
 * The error of one of the suite's cases. A test's own case: 0 when it passes, else 1 less a share for each assertion
 * the program got past (graded, for lexicase). One of its assertions: 0 when the program got past it.
 */
function caseError(loaded: LoadedSuite, spec: { test: number; assertion?: number }, run: TestRun): number {
  if (run.ok) return 0;
  if (spec.assertion !== undefined) return run.passed > spec.assertion ? 0 : 1;
  const total = loaded.suite.assertions[spec.test];
  return 1 - Math.min(run.passed, total) / (total + 1);
}

async function evaluateNow(sources: string[], table: PrimitiveTable, cases: CaseSet, indices: ArrayLike<number>, loaded: LoadedSuite): Promise<Float64Array> {
  const k = cases.returns.length;
  const examples = cases.inputs.length;
  const width = indices.length * k;
  const out = new Float64Array(sources.length * width);
  const fns = compilePrograms(sources, table);
  for (let p = 0; p < fns.length; p++) {
    // Each test runs once per program, however many of its assertions are cases.
    const runs = new Map<number, TestRun>();
    for (let n = 0; n < indices.length; n++) {
      const c = indices[n];
      const at = p * width + n * k;
      if (c < examples) {
        runCases(fns[p], table, cases, [c], out, at);
        continue;
      }
      const spec = loaded.suite.cases[c - examples];
      let run = runs.get(spec.test);
      if (!run) runs.set(spec.test, (run = await runTest(loaded, spec.test, fns[p], table)));
      out.fill(caseError(loaded, spec, run), at, at + k);
    }
  }
  return out;
}

/**
 * As evaluateSources, where case indices past the examples are the suite's cases (`GpTestSuite.cases`), its tests run
 * on each program in turn (a test's case covers every output, so each gets its error). Calls on one suite run one at
 * a time.
 */
export function evaluateWithTests(sources: string[], table: PrimitiveTable, cases: CaseSet, indices: ArrayLike<number>, loaded: LoadedSuite): Promise<Float64Array> {
  const run = loaded.queue.then(() => evaluateNow(sources, table, cases, indices, loaded));
  loaded.queue = run.catch(() => undefined);
  return run;
}
