import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { pairReadings } from './pair-readings.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(17);
const ints = (n: number, span: number): number[] => Array.from({ length: n }, () => rng.range(-span, span));
const pairs = <T>(xs: T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

describe("a parameter's parts two at a time", () => {
  it('reads every pair of positions i < j once, of a list or a text, and nothing for parameters past 25 parts', () => {
    const cases = [{ inputs: [[1, 2, 3], 'abc'], outputs: [0] }];
    const ctx = new GpContext({ params: [{ name: 'xs', type: 'int[]' }, { name: 's', type: 'string' }], returns: ['int'], train: cases, test: [] });
    const [list, text] = pairReadings(ctx, cases);
    expect(list.tuples({ inputs: [[1, 2, 3], ''], outputs: [] })).toEqual([[1, 2], [1, 3], [2, 3]]);
    expect(text.tuples({ inputs: [[], 'ab'], outputs: [] })).toEqual([['a', 'b']]);
    const long = [...cases, { inputs: [ints(26, 5), 'x'], outputs: [0] }];
    expect(pairReadings(ctx, long)).toHaveLength(1);
  });

  it('counts the pairs that add up to a target, on longer unseen lists', { timeout: 60_000 }, () => {
    const count = (xs: number[], t: number): number => pairs(xs).filter(([a, b]) => a + b === t).length;
    const train = Array.from({ length: 40 }, () => [ints(rng.int(8), 5), rng.range(-4, 4)]);
    const unseen = Array.from({ length: 30 }, () => [ints(10 + rng.int(20), 9), rng.range(-6, 6)]);
    const params = [{ name: 'xs', type: 'int[]' as const }, { name: 'target', type: 'int' as const }];
    expect(aggregateGeneralises({ params, returns: 'int', f: count, goal: 'Count the pairs of positions whose numbers add up to the target.' }, train, unseen, 3_000_000)).toBe(true);
  });

  it('finds the largest product of two elements (a fold over the pairs), on longer unseen lists', { timeout: 60_000 }, () => {
    const largest = (xs: number[]): number => Math.max(...pairs(xs).map(([a, b]) => a * b));
    const train = Array.from({ length: 40 }, () => [ints(2 + rng.int(6), 10)]);
    const unseen = Array.from({ length: 30 }, () => [ints(10 + rng.int(20), 50)]);
    expect(aggregateGeneralises({ params: [{ name: 'xs', type: 'int[]' }], returns: 'int', f: largest }, train, unseen, 3_000_000)).toBe(true);
  });
});
