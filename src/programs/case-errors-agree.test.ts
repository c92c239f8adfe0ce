import { describe, expect, it } from 'vitest';
import { caseError as scoredError } from '../scoring/case-error.js';
import type { GpType } from './gp-problem.js';
import { caseError as gpError } from './case-errors.js';

// For each output type: expected values, and answers right, close, far, of the wrong type or missing.
const CASES: Record<GpType, { expected: unknown[]; actual: unknown[] }> = {
  int: { expected: [0, 7, -3], actual: [7, 8, -3, 1_000_000_000, 2.5, '7', null, undefined, Number.NaN, Infinity] },
  float: { expected: [0.5, -2.25], actual: [0.5, 0.50001, 0.6, -2.25, 3, '0.5', null, Number.NaN] },
  string: { expected: ['', 'kitten', 'Fizz'], actual: ['', 'kitten', 'sitting', 'fizz', 7, null, ['kitten']] },
  boolean: { expected: [true, false], actual: [true, false, 0, 'true', null] },
  'int[]': { expected: [[], [1, 2, 3]], actual: [[], [1, 2, 3], [1, 2], [1, 2, 3, 4], [3, 2, 1], [1, '2', 3], 'abc', null] },
  'float[]': { expected: [[0.5, 1.5]], actual: [[0.5, 1.5], [0.50001, 1.5], [0.5], [], null] },
  'string[]': { expected: [['a', 'bc']], actual: [['a', 'bc'], ['a', 'bd'], ['a'], [], ['a', 3], 'a,bc'] },
};

describe('the two PSB case errors', () => {
  // The GP scores programs in-process by type; the sandbox scores any module by the expected value's shape.
  it.each(Object.keys(CASES) as GpType[])('agree on every %s answer', (type) => {
    const { expected, actual } = CASES[type];
    for (const want of expected) {
      for (const got of actual) {
        expect(gpError(type, got, want), `${type}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`).toBe(scoredError([want], got));
      }
    }
  });
});
