import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { foldAggregates, keptPartSums, keptProducts } from './fold-aggregates.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(11);
/** Lists of small numbers, about a third of them zeros. */
const list = (n: number): number[] => Array.from({ length: n }, () => (rng.chance(0.35) ? 0 : rng.int(11) - 5));
const word = (): string => Array.from({ length: 1 + rng.int(8) }, () => 'abcdefghij'[rng.int(10)]).join('');
const sentence = (n: number): string => Array.from({ length: n }, word).join(' ');
const xs = [{ name: 'xs', type: 'int[]' as const }];

describe('products, extremes and sums of kept parts', () => {
  it('offers products and extremes for number outputs only, kept products and sums where the loop reads a list of that type', () => {
    expect(foldAggregates('int').map((a) => a.name)).toEqual(['largest value', 'smallest value', 'product']);
    expect(foldAggregates('string')).toEqual([]);
    expect(keptProducts('int', 'int').map((a) => a.name)).toEqual(['product of kept']);
    expect(keptProducts('int', 'string')).toEqual([]);
    const at = { kind: 'var', type: 'int', name: 'x1' } as const;
    expect(keptPartSums('int', { type: 'int[]' }, at).map((a) => a.name)).toEqual(['sum of kept parts']);
    expect(keptPartSums('int', { type: 'string' }, at)).toEqual([]);
    // The parts where the condition held, summed: 7 + 1.
    expect(keptPartSums('int', { type: 'int[]' }, at)[0].apply([false, true, false, true], [[5, 0], [7, 1], [2, 2], [1, 3]])).toBe(8);
    expect(keptProducts('int', 'int')[0].apply([true, false, true], [[5], [0], [-2]])).toBe(-10);
    const [largest, smallest, product] = foldAggregates('int');
    expect([largest.apply([3, 9, -2], []), smallest.apply([3, 9, -2], []), product.apply([3, 9, -2], [])]).toEqual([9, -2, -54]);
    // Over no tuples: 0 as maxOf gives, and the empty product.
    expect([largest.apply([], []), product.apply([], [])]).toEqual([0, 1]);
  });

  it('finds the product of the non-zero numbers, and it holds for longer unseen lists', () => {
    const f = (v: number[]): number => v.filter((x) => x !== 0).reduce((p, x) => p * x, 1);
    const [train, unseen] = [Array.from({ length: 30 }, (_, i) => [list(i % 6)]), Array.from({ length: 40 }, () => [list(8 + rng.int(6))])];
    expect(aggregateGeneralises({ params: xs, returns: 'int', f, goal: 'Multiply the numbers of a list that are not zero.' }, train, unseen, 3_000_000)).toBe(true);
  });

  it("finds the longest word's length, and it holds for longer unseen sentences", () => {
    const f = (s: string): number => Math.max(...s.split(' ').map((w) => w.length));
    const [train, unseen] = [Array.from({ length: 30 }, (_, i) => [sentence(1 + (i % 5))]), Array.from({ length: 40 }, () => [sentence(8 + rng.int(8))])];
    expect(aggregateGeneralises({ params: [{ name: 's', type: 'string' }], returns: 'int', f }, train, unseen, 3_000_000)).toBe(true);
  });

  it('finds the sum of the numbers at odd positions, and it holds for longer unseen lists', () => {
    const f = (v: number[]): number => v.filter((_, i) => i % 2 === 1).reduce((s, x) => s + x, 0);
    const many = (n: number): number[] => Array.from({ length: n }, () => rng.int(41) - 20);
    const [train, unseen] = [Array.from({ length: 30 }, (_, i) => [many(i % 7)]), Array.from({ length: 40 }, () => [many(9 + rng.int(9))])];
    expect(aggregateGeneralises({ params: xs, returns: 'int', f }, train, unseen, 4_000_000)).toBe(true);
  });
});
