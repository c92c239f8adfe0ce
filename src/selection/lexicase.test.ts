import { describe, expect, it } from 'vitest';
import { LexicaseSelector, madEpsilons } from './lexicase.js';
import { Rng } from '../util/rng.js';

function counts(errors: number[][], epsilon = false, draws = 2000): number[] {
  const width = errors[0].length;
  const flat = Float64Array.from(errors.flat());
  const selector = new LexicaseSelector(flat, errors.length, width, epsilon ? madEpsilons(flat, errors.length, width) : undefined);
  const rng = new Rng(3);
  const n = errors.map(() => 0);
  for (let i = 0; i < draws; i++) n[selector.select(rng)]++;
  return n;
}

describe('lexicase selection', () => {
  it('always picks an individual that is best on every case', () => {
    expect(counts([[0, 0, 0], [1, 0, 5], [0, 2, 0]])).toEqual([2000, 0, 0]);
  });

  it('gives each specialist a share and never picks a dominated generalist', () => {
    const n = counts([[0, 9, 9], [9, 0, 9], [9, 9, 0], [5, 5, 5]]);
    expect(n[3]).toBe(0);
    for (const share of n.slice(0, 3)) expect(share).toBeGreaterThan(500);
  });

  it('shares picks between individuals with identical errors', () => {
    const n = counts([[1, 1], [1, 1], [3, 3]]);
    expect(n[2]).toBe(0);
    expect(Math.abs(n[0] - n[1])).toBeLessThan(200);
  });

  it('prefers the smaller of programs with identical errors, without ruling the larger out', () => {
    const flat = Float64Array.from([1, 1, 1, 1, 3, 3]);
    const selector = new LexicaseSelector(flat, 3, 2, undefined, [9, 4, 2]);
    const rng = new Rng(5);
    const n = [0, 0, 0];
    for (let i = 0; i < 2000; i++) n[selector.select(rng)]++;
    expect(n[2]).toBe(0);
    expect(n[1]).toBeGreaterThan(1300);
    expect(n[0]).toBeGreaterThan(300);
  });

  it('epsilon-lexicase keeps near-best float errors in the pool', () => {
    const errors = [[0.1, 5], [0.11, 0], [3, 3], [4, 4], [5, 5]];
    expect(counts(errors, false)[1]).toBeLessThan(1100);
    expect(counts(errors, true)[1]).toBe(2000);
  });
});
