import { describe, expect, it } from 'vitest';
import { boundedCaseError } from './bounded-case-error.js';
import { CASE_PENALTY } from './case-error.js';

describe('boundedCaseError', () => {
  it('is 0 for an exact case and grows on a log scale', () => {
    expect(boundedCaseError(0)).toBe(0);
    expect(boundedCaseError(Math.E - 1)).toBeCloseTo(1);
  });

  it('caps penalties and treats non-finite or negative errors sensibly', () => {
    const cap = Math.log1p(CASE_PENALTY);
    expect(boundedCaseError(1e12)).toBe(cap);
    expect(boundedCaseError(Number.POSITIVE_INFINITY)).toBe(cap);
    expect(boundedCaseError(Number.NaN)).toBe(cap);
    expect(boundedCaseError(-3)).toBe(boundedCaseError(3));
  });
});
