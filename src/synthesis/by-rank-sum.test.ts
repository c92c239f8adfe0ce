import { describe, expect, it } from 'vitest';
import { byRankSum } from './by-rank-sum.js';

describe('byRankSum', () => {
  it('yields every tuple once, by increasing index sum', () => {
    const tuples = [...byRankSum([3, 2, 4])];
    expect(tuples.length).toBe(24);
    expect(new Set(tuples.map((t) => t.join())).size).toBe(24);
    const sums = tuples.map((t) => t.reduce((a, b) => a + b, 0));
    expect(sums).toEqual([...sums].sort((a, b) => a - b));
    expect(tuples[0]).toEqual([0, 0, 0]);
    expect(tuples.every((t) => t[0] < 3 && t[1] < 2 && t[2] < 4)).toBe(true);
  });

  it('reaches the second choice of the first argument before the last choices of the others', () => {
    const prefix = [...byRankSum([1000, 1000])].slice(0, 10);
    expect(prefix).toContainEqual([1, 0]);
    expect(prefix).toContainEqual([0, 1]);
  });

  it('handles no arguments and empty lists', () => {
    expect([...byRankSum([])]).toEqual([[]]);
    expect([...byRankSum([2, 0])]).toEqual([]);
  });
});
