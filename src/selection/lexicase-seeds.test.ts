import { describe, expect, it } from 'vitest';
import { lexicaseSeeds } from './lexicase-seeds.js';
import { Rng } from '../util/rng.js';

// Ten variants of one structure, each a little off on every case (totals 20-29), and one different program that is
// exact on case 0 and far off elsewhere (total 90): the ten lowest totals are all the first structure.
const variants = Array.from({ length: 10 }, (_, v) => [5, 5, 5, 5 + v]);
const specialist = [0, 30, 30, 30];
const errors = [...variants, specialist];
const sizes = errors.map(() => 5);
const lowestTotals = (count: number): number[] =>
  errors
    .map((row, i) => [i, row.reduce((a, b) => a + b, 0)])
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .map(([i]) => i);

describe('lexicase seeds', () => {
  it('keeps a program best on some case although the lowest totals are all one structure', () => {
    expect(lowestTotals(4)).not.toContain(10);
    const picked = lexicaseSeeds(errors, sizes, 4, false, new Rng(1));
    expect(picked).toHaveLength(4);
    expect(picked[0]).toBe(0);
    expect(picked).toContain(10);
  });

  it('keeps it with epsilon-lexicase too (real-valued errors: the best on a case within the spread of the rest)', () => {
    const noisy = errors.map((row, i) => row.map((e, c) => e + ((i * 7 + c * 3) % 5) / 100));
    const picked = lexicaseSeeds(noisy, sizes, 4, true, new Rng(2));
    expect(picked[0]).toBe(0);
    expect(picked).toContain(10);
  });

  it('counts identical error vectors once, prefers the smaller program, and never picks a row twice', () => {
    const rows = [[3, 3], [3, 3], [0, 9], [9, 0], [1, 1]];
    const picked = lexicaseSeeds(rows, [6, 4, 5, 5, 7], 10, false, new Rng(3));
    // Rows 0 and 1 agree: only the first is a candidate.
    expect([...picked].sort()).toEqual([0, 2, 3, 4]);
    expect(picked[0]).toBe(4);
    expect(new Set(picked).size).toBe(picked.length);
  });

  it('puts an exact program first and returns nothing for no rows', () => {
    const rows = [[2, 2, 2], [0, 0, 0], [0, 5, 5]];
    expect(lexicaseSeeds(rows, [3, 9, 3], 2, false, new Rng(4))[0]).toBe(1);
    expect(lexicaseSeeds([], [], 5, false, new Rng(5))).toEqual([]);
  });
});
