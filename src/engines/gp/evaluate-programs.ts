import type { ExampleCase } from '../../directive/directive.js';
import { caseError, PENALTY } from './case-errors.js';
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';
import { compilePrograms } from './compile-programs.js';
import type { GpType } from './gp-api.js';
import type { GpTestSuite } from './gp-test-suite.js';
import { stepBudget } from './step-budget.js';

/** Cases in the compact shape workers hold: frozen inputs, expected outputs, output types. */
export interface CaseSet {
  inputs: unknown[][];
  outputs: unknown[][];
  returns: GpType[];
  /** Step budget of each case, relative to its input size. */
  stepLimits: number[];
  /** A tests directive's suite: case indices past the examples are its tests (see evaluateWithTests). */
  tests?: GpTestSuite;
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const v of value) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Builds a case set (inputs frozen so no program can change a case for the next one), a suite's tests after the examples. */
export function toCaseSet(cases: ExampleCase[], returns: GpType[], tests?: GpTestSuite): CaseSet {
  const inputs = cases.map((c) => deepFreeze(structuredClone(c.inputs)));
  return { inputs, outputs: cases.map((c) => c.outputs), returns, stepLimits: inputs.map(stepBudget), ...(tests && { tests }) };
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
