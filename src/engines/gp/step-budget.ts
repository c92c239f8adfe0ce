import { STEP_LIMIT, STEPS_PER_INPUT_UNIT } from '../../primitives/array-helpers.js';

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
