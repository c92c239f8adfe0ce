import { MAX_LOOP, STEP_LIMIT, STEPS_PER_INPUT_UNIT } from '../primitives/array-helpers.js';

/** Size of a case's inputs: characters of strings and elements of arrays, nested; numbers and booleans count one. */
export function inputSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) {
    let n = value.length;
    for (const v of value) if (typeof v !== 'number') n += inputSize(v);
    return n;
  }
  return 1;
}

/** Total size of one case's inputs. */
export function caseInputSize(inputs: readonly unknown[]): number {
  let size = 0;
  for (const v of inputs) size += inputSize(v);
  return size;
}

/**
 * The engine's step budget for one execution, relative to the size of its inputs: a program that loops over its
 * input a bounded number of times fits whatever the input's length, while a runaway loop is still cut short.
 */
export function stepBudget(inputs: readonly unknown[]): number {
  return Math.max(STEP_LIMIT, STEPS_PER_INPUT_UNIT * caseInputSize(inputs));
}

/** The largest magnitude of a finite number among a value's numbers, nested; 0 when it holds none. */
function largestNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.abs(value) : 0;
  if (!Array.isArray(value)) return 0;
  let most = 0;
  for (const v of value) most = Math.max(most, largestNumber(v));
  return most;
}

/**
 * The step budget of a held-out test case, which only a train-perfect program meets: a loop up to a number counts as
 * linear in it too (the divisors of 199,458 are counted in about 600,000 steps), as far as a loop may run. The search's
 * own cases keep `stepBudget`, so a runaway costs no more there; a correct program is not failed on a test case only
 * because its number is larger than any the train cases hold.
 */
export function testStepBudget(inputs: readonly unknown[]): number {
  return Math.max(stepBudget(inputs), Math.min(MAX_LOOP, STEPS_PER_INPUT_UNIT * largestNumber(inputs)));
}
