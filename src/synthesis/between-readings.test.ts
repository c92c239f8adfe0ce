import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { betweenReadings, fromOneReadings } from './between-readings.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(21);

/** Finds an aggregate over 40 cases of small integers and runs it on 50 unseen ones spanning more, against `f`. */
function generalises(params: string[], f: (...xs: number[]) => number, draw: (wide: boolean) => number[], budget: number): boolean {
  const train = Array.from({ length: 40 }, () => draw(false));
  const unseen = Array.from({ length: 50 }, () => draw(true));
  return aggregateGeneralises({ params: params.map((name) => ({ name, type: 'int' })), returns: 'int', f }, train, unseen, budget);
}

const between = (a: number, b: number): number[] => Array.from({ length: Math.abs(a - b) + 1 }, (_, k) => Math.min(a, b) + k);
const pair = (wide: boolean, ordered: boolean): number[] => {
  const [a, b] = [rng.range(-20, 20) * (wide ? 10 : 1), rng.range(-20, 20) * (wide ? 10 : 1)];
  return ordered ? [Math.min(a, b), Math.max(a, b)] : [a, b];
};

describe('the integers between two parameters', () => {
  it('reads from a to b where a ≤ b in every case, from the smaller to the larger where the order varies', () => {
    const ctx = (train: number[][]): GpContext => new GpContext({ params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: train.map((inputs) => ({ inputs, outputs: [0] })), test: [] });
    const up = [[1, 3], [-2, 2], [5, 5]].map((inputs) => ({ inputs, outputs: [0] }));
    const [ordered] = betweenReadings(ctx(up.map((c) => c.inputs)), up);
    expect(ordered.tuples({ inputs: [-2, 1], outputs: [] })).toEqual([[-2], [-1], [0], [1]]);
    // As the loop, `range(b - a + 1)`: nothing where an unseen case breaks the order.
    expect(ordered.tuples({ inputs: [3, 1], outputs: [] })).toEqual([]);
    const down = [[3, 1], [2, -2]].map((inputs) => ({ inputs, outputs: [0] }));
    const [falling] = betweenReadings(ctx(down.map((c) => c.inputs)), down);
    expect(falling.tuples({ inputs: [1, -1], outputs: [] })).toEqual([[-1], [0], [1]]);
    expect(falling.tuples({ inputs: [-1, 1], outputs: [] })).toEqual([]);
    const mixed = [[1, 3], [4, 2]].map((inputs) => ({ inputs, outputs: [0] }));
    const [either] = betweenReadings(ctx(mixed.map((c) => c.inputs)), mixed);
    expect(either.tuples({ inputs: [4, 2], outputs: [] })).toEqual([[2], [3], [4]]);
    // Equal in every case, or a case too wide to count: no reading.
    expect(betweenReadings(ctx([[3, 3]]), [{ inputs: [3, 3], outputs: [0] }])).toEqual([]);
    expect(betweenReadings(ctx([[0, 5000]]), [{ inputs: [0, 5000], outputs: [0] }])).toEqual([]);
  });

  it('sums the integers from a to b, and from the smaller to the larger, on unseen wider ranges', () => {
    const sum = (a: number, b: number): number => between(a, b).reduce((s, x) => s + x, 0);
    expect(generalises(['a', 'b'], sum, (wide) => pair(wide, true), 1_000_000)).toBe(true);
    expect(generalises(['a', 'b'], sum, (wide) => pair(wide, false), 1_000_000)).toBe(true);
  });

  it('counts the integers between a and b divisible by k, a scalar beside the loop', { timeout: 60_000 }, () => {
    const count = (a: number, b: number, k: number): number => between(a, b).filter((x) => x % k === 0).length;
    expect(generalises(['a', 'b', 'k'], count, (wide) => [...pair(wide, true), 1 + rng.int(6)], 6_000_000)).toBe(true);
  });
});

describe('the integers from 1 to n', () => {
  it('reads each whole number from 1 to n beside n, for a lone integer parameter only', () => {
    const ctx = (params: string[], train: number[][]): GpContext =>
      new GpContext({ params: params.map((name) => ({ name, type: 'int' })), returns: ['int'], train: train.map((inputs) => ({ inputs, outputs: [0] })), test: [] });
    const cases = [[3], [0]].map((inputs) => ({ inputs, outputs: [0] }));
    const [fromOne] = fromOneReadings(ctx(['n'], [[3], [0]]), cases);
    expect(fromOne.tuples({ inputs: [3], outputs: [] })).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(fromOne.tuples({ inputs: [0], outputs: [] })).toEqual([]);
    expect(fromOneReadings(ctx(['n'], [[3], [-2]]), [...cases, { inputs: [-2], outputs: [0] }])).toEqual([]);
    expect(fromOneReadings(ctx(['n', 'k'], [[3, 1]]), [{ inputs: [3, 1], outputs: [0] }])).toEqual([]);
  });

  it('adds up the divisors of n, 1 and n included, on unseen larger numbers', () => {
    const divisorSum = (n: number): number => Array.from({ length: n }, (_, k) => k + 1).filter((d) => n % d === 0).reduce((a, b) => a + b, 0);
    expect(generalises(['n'], divisorSum, (wide) => [1 + rng.int(wide ? 400 : 40)], 3_000_000)).toBe(true);
  });
});

