import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import type { GpType } from '../programs/gp-problem.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(13);

/** Finds an aggregate over 40 short lists and runs it on longer unseen ones, against `f`. */
function generalises(element: GpType, returns: GpType, f: (xs: number[]) => unknown, budget: number): boolean {
  const list = (n: number): number[] => Array.from({ length: n }, () => (element === 'int' ? rng.range(-50, 50) : Math.round(rng.range(-5000, 5000)) / 100));
  const train = Array.from({ length: 40 }, (_, i) => [list(1 + (i % 9))]);
  const unseen = Array.from({ length: 50 }, () => [list(30 + rng.int(40))]);
  return aggregateGeneralises({ params: [{ name: 'xs', type: `${element}[]` as GpType }], returns, f }, train, unseen, budget);
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('aggregate bodies that read a number list mean (or its sum and length)', () => {
  it('counts the numbers above the average of an integer list (no floats in the problem: the sum and length)', () => {
    expect(generalises('int', 'int', (xs) => xs.filter((x) => x > mean(xs)).length, 6_000_000)).toBe(true);
  });

  it('finds the variance of a float list, the mean of the squared deviations from the mean', () => {
    expect(generalises('float', 'float', (xs) => mean(xs.map((x) => (x - mean(xs)) ** 2)), 6_000_000)).toBe(true);
  });
});

/** Finds an aggregate over a text and a count `k` on short sentences, and runs it on longer unseen ones, against `f`. */
function generalisesWithCount(f: (s: string, k: number) => number, budget: number): boolean {
  const word = (): string => 'abcdefgh'.slice(0, 1 + rng.int(8));
  const sentence = (n: number): string => Array.from({ length: n }, word).join(' ');
  const train = Array.from({ length: 40 }, (_, i) => [sentence(1 + (i % 6)), rng.int(8)]);
  const unseen = Array.from({ length: 50 }, () => [sentence(20 + rng.int(20)), rng.int(9)]);
  const params = [{ name: 's', type: 'string' as GpType }, { name: 'k', type: 'int' as GpType }];
  return aggregateGeneralises({ params, returns: 'int', f }, train, unseen, budget);
}

describe('aggregate bodies that read a scalar parameter beside the parts', () => {
  it('counts the words longer than k (a body over a word and k, where only positions read k before)', () => {
    expect(generalisesWithCount((s, k) => s.split(' ').filter((w) => w.length > k).length, 1_000_000)).toBe(true);
  });
});
