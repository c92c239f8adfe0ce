import { describe, expect, it } from 'vitest';
import { caseError, levenshtein, PENALTY } from './case-errors.js';

describe('PSB case errors', () => {
  it('measures numbers by absolute difference, floats within 1e-4', () => {
    expect(caseError('int', 7, 10)).toBe(3);
    expect(caseError('float', 1.00004, 1)).toBe(0);
    expect(caseError('float', 1.5, 1)).toBe(0.5);
    expect(caseError('int', Number.NaN, 1)).toBe(PENALTY);
  });

  it('measures strings by Levenshtein distance and booleans by 0/1', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(caseError('string', 'Fizz', 'Buzz')).toBe(2);
    expect(caseError('boolean', true, false)).toBe(1);
    expect(caseError('string', 3, '3')).toBe(PENALTY);
  });

  it('measures vectors by 1000 per length difference plus element errors', () => {
    expect(caseError('int[]', [1, 2], [1, 5, 7])).toBe(1003);
    expect(caseError('string[]', ['ab'], ['abc'])).toBe(1);
    expect(caseError('int[]', 'x', [1])).toBe(PENALTY);
  });
});
