import type { ExampleCase } from '../directive/directive.js';
import { caseError, PENALTY } from './case-errors.js';
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';
import { compilePrograms } from './compile-programs.js';
import type { GpProblem, GpType } from './gp-problem.js';
import type { GpTestSuite } from '../directive/test-files/test-suite.js';
import { stepBudget, testStepBudget } from './step-budget.js';

/** Cases in the compact shape workers hold: inputs, expected outputs, output types. */
export interface CaseSet {
  /** The inputs programs are called with: plain arrays, checked against `pristine` after each execution. */
  inputs: unknown[][];
  /** A copy of the inputs no program ever sees, to find and undo an execution that changed its inputs. */
  pristine: unknown[][];
  outputs: unknown[][];
  returns: GpType[];
  /** Step budget of each case, relative to its input size. */
  stepLimits: number[];
  /** A tests directive's suite: case indices past the examples are its tests (see evaluateWithTests). */
  tests?: GpTestSuite;
}

/** True when a value is as it was: the same number, string or boolean (NaN included), or arrays with the same elements. */
function unchanged(now: unknown, was: unknown): boolean {
  if (now === was || (now !== now && was !== was)) return true;
  if (!Array.isArray(now) || !Array.isArray(was) || now.length !== was.length) return false;
  // Equal elements (every number of an unchanged vector) are passed over without a call.
  for (let i = 0; i < now.length; i++) if (now[i] !== was[i] && !unchanged(now[i], was[i])) return false;
  return true;
}

/**
 * Builds a case set, a suite's tests after the examples, each case with its step budget (`testStepBudget` for test cases). The inputs are not frozen: V8 has no frozen kind for arrays
 * of doubles, so a frozen float vector holds boxed numbers and every array a program derives from it is boxed too
 * (a late vector-distance population ran 1.8 times slower). No program can change a case for the next one all the same:
 * runCases compares each execution's inputs with the pristine copy and undoes any change (see profile-float.md).
 */
export function toCaseSet(cases: ExampleCase[], returns: GpType[], tests?: GpTestSuite, budget: (inputs: unknown[]) => number = stepBudget): CaseSet {
  const inputs = cases.map((c) => structuredClone(c.inputs));
  return { inputs, pristine: structuredClone(inputs), outputs: cases.map((c) => c.outputs), returns, stepLimits: inputs.map(budget), ...(tests && { tests }) };
}

/** A problem's train cases (a tests directive's tests after its examples) and its test cases, each with its step budget. */
export function problemCaseSets(problem: GpProblem, returns: GpType[]): { train: CaseSet; test: CaseSet } {
  return { train: toCaseSet(problem.train, returns, problem.tests), test: toCaseSet(problem.test, returns, undefined, testStepBudget) };
}

/** Runs one program on the chosen cases, writing one error per (case, output) into out from offset. */
export function runCases(fn: CompiledProgram | undefined, table: PrimitiveTable, cases: CaseSet, indices: ArrayLike<number>, out: Float64Array, offset: number): void {
  const k = cases.returns.length;
  for (let n = 0; n < indices.length; n++) {
    const c = indices[n];
    const at = offset + n * k;
    let result: unknown;
    let failed = fn === undefined;
    if (fn) {
      table.resetSteps(cases.stepLimits[c]);
      const args = cases.inputs[c];
      try {
        // Fixed-arity calls: spreading the arguments costs more than most programs' own work.
        result = args.length === 1 ? fn(args[0]) : args.length === 2 ? fn(args[0], args[1]) : fn(...args);
      } catch {
        failed = true;
      }
      // An execution that changed its inputs fails its case, as writing to a frozen input would have thrown.
      if (!unchanged(args, cases.pristine[c])) {
        cases.inputs[c] = structuredClone(cases.pristine[c]);
        failed = true;
      }
    }
    const expected = cases.outputs[c];
    if (failed) {
      for (let o = 0; o < k; o++) out[at + o] = PENALTY;
    } else if (k === 1) {
      out[at] = caseError(cases.returns[0], result, expected[0]);
    } else {
      const tuple = Array.isArray(result) && result.length === k ? result : undefined;
      for (let o = 0; o < k; o++) out[at + o] = tuple ? caseError(cases.returns[o], tuple[o], expected[o]) : PENALTY;
    }
  }
}

/** Compiles the program sources as one batch and runs each on the chosen cases; errors laid out program by program. */
export function evaluateSources(sources: string[], table: PrimitiveTable, cases: CaseSet, indices: ArrayLike<number>): Float64Array {
  const width = indices.length * cases.returns.length;
  const out = new Float64Array(sources.length * width);
  const fns = compilePrograms(sources, table);
  // Many executions end in a throw (step limit, type errors) that only counts as a failed case: without a stack
  // trace to capture, a throw costs a fraction of what it did. Programs cannot see Error, so they cannot tell.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let p = 0; p < fns.length; p++) runCases(fns[p], table, cases, indices, out, p * width);
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
  return out;
}
