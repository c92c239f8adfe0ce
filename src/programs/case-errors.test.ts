import { describe, expect, it } from 'vitest';
import { caseError, levenshtein, PENALTY } from './case-errors.js';

/** The textbook dynamic programme, the reference the fast paths must agree with. */
function slowLevenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

describe('PSB case errors', () => {
  it('computes Levenshtein distance exactly on short and long strings (bit-parallel, trimmed and DP paths)', () => {
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 16807) % 2147483647) % n;
    const text = (most: number): string => Array.from({ length: next(most) }, () => 'ab-é😀 '[next(7)]).join('');
    for (let t = 0; t < 3000; t++) {
      const a = text(t % 5 === 0 ? 90 : 40);
      const b = t % 3 === 0 ? a.slice(0, next(a.length + 1)) + text(8) + a.slice(next(a.length + 1)) : text(40);
      expect(levenshtein(a, b), JSON.stringify([a, b])).toBe(slowLevenshtein(a, b));
    }
  });

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
