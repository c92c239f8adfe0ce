import { describe, expect, it } from 'vitest';
import { CASE_PENALTY, caseError } from './case-error.js';

describe('caseError (PSB rules)', () => {
  it('takes the absolute difference of numbers, with floats equal within 1e-4', () => {
    expect(caseError([5], 5)).toBe(0);
    expect(caseError([5], 8)).toBe(3);
    expect(caseError([2.5], 2.50004)).toBe(0);
    expect(caseError([2.5], 2.6)).toBeCloseTo(0.1, 10);
    expect(caseError([0], -0)).toBe(0);
  });

  it('gives the penalty to wrong types, NaN and infinities', () => {
    expect(caseError([5], '5')).toBe(CASE_PENALTY);
    expect(caseError([5], Number.NaN)).toBe(CASE_PENALTY);
    expect(caseError([5], Number.POSITIVE_INFINITY)).toBe(CASE_PENALTY);
    expect(caseError([5], undefined)).toBe(CASE_PENALTY);
    expect(caseError([true], 1)).toBe(CASE_PENALTY);
    expect(caseError(['a'], ['a'])).toBe(CASE_PENALTY);
  });

  it('uses the Levenshtein distance for strings and 0/1 for booleans', () => {
    expect(caseError(['kitten'], 'sitting')).toBe(3);
    expect(caseError(['FizzBuzz'], 'Fizz')).toBe(4);
    expect(caseError([''], 'abc')).toBe(3);
    expect(caseError(['😀x'], '😀y')).toBe(1);
    expect(caseError([true], false)).toBe(1);
    expect(caseError([false], false)).toBe(0);
  });

  it('charges 1000 per length difference plus element errors for vectors', () => {
    expect(caseError([[1, 2, 3]], [1, 2, 3])).toBe(0);
    expect(caseError([[1, 2, 3]], [1, 5])).toBe(1003);
    expect(caseError([[1, 2]], [1, 2, 7, 9])).toBe(2000);
    expect(caseError([['ab', 'cd']], ['ab', 'c'])).toBe(1);
    expect(caseError([[]], [])).toBe(0);
    expect(caseError([[]], [4])).toBe(1000);
    expect(caseError([[1]], [1, 'x'])).toBe(CASE_PENALTY);
    expect(caseError([[1, 2]], 3)).toBe(CASE_PENALTY);
  });

  it('sums the errors of several outputs returned as a tuple', () => {
    expect(caseError([3, 'ab'], [4, 'abc'])).toBe(2);
    expect(caseError([[1], [2, 3]], [[1], [2, 3]])).toBe(0);
    expect(caseError([3, 'ab'], [3])).toBe(CASE_PENALTY);
    expect(caseError([3, 'ab'], 3)).toBe(CASE_PENALTY);
  });

  it('compares other JSON values structurally', () => {
    expect(caseError([null], null)).toBe(0);
    expect(caseError([{ a: 1 }], { a: 1 })).toBe(0);
    expect(caseError([{ a: 1 }], { a: 2 })).toBe(1);
    expect(caseError([null], 0)).toBe(CASE_PENALTY);
  });
});

describe('caseError bounds', () => {
  it('fails an output over ten times the expected size plus 1 KB without comparing it', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) expect(caseError(['Fizz'], 'y'.repeat(999_000))).toBe(CASE_PENALTY);
    expect(caseError([[1, 2]], Array.from({ length: 1_000_000 }, () => 1))).toBe(CASE_PENALTY);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still compares outputs under the cap', () => {
    expect(caseError(['Fizz'], 'y'.repeat(1000))).toBe(1000);
    expect(caseError(['x'.repeat(5000)], 'x'.repeat(5001))).toBe(1);
  });
});
