import { describe, expect, it } from 'vitest';
import { aggregateSeed, MEANS_SHARE } from './aggregate-seed.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import { Rng } from '../util/rng.js';
import { tupleReadings } from './tuple-readings.js';

const rng = new Rng(11);
const text = (n: number): string => Array.from({ length: n }, () => 'abcdef'[rng.int(6)]).join('');
const ints = (n: number): number[] => Array.from({ length: n }, () => rng.range(-20, 20));
const floats = (n: number): number[] => Array.from({ length: n }, () => Math.round(rng.range(-5000, 5000)) / 100);

function problem(types: GpType[], returns: GpType, inputs: unknown[][], f: (...xs: never[]) => unknown): GpProblem {
  return {
    params: types.map((type, i) => ({ name: ['a', 'b'][i], type })),
    returns: [returns],
    train: inputs.map((xs) => ({ inputs: xs, outputs: [f(...(xs as never[]))] })),
    test: [],
  };
}

/** Runs a program on inputs it was not found on (longer ones than it saw). */
function run(ctx: GpContext, node: GpNode, inputs: unknown[][]): unknown[] {
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0]!;
  return inputs.map((xs) => {
    table.resetSteps(1e7);
    return fn(...xs);
  });
}

/** Finds an aggregate on short inputs and checks it on longer unseen ones; returns the expression as printed. */
function solves(types: GpType[], returns: GpType, make: (n: number) => unknown[], f: (...xs: never[]) => unknown, budget = 2_000_000): string {
  const p = problem(types, returns, Array.from({ length: 24 }, (_, i) => make(i % 8)), f);
  const ctx = new GpContext(p);
  const { node, executions } = aggregateSeed(ctx, buildTable(), p.train, budget);
  expect(node).toBeDefined();
  expect(executions).toBeGreaterThan(0);
  const longer = Array.from({ length: 20 }, (_, i) => make(12 + i));
  const got = run(ctx, node!, longer);
  longer.forEach((xs, i) => (returns === 'float' ? expect(got[i]).toBeCloseTo(f(...(xs as never[])) as number, 6) : expect(got[i]).toEqual(f(...(xs as never[])))));
  return printNode(ctx, node!, true, new Set());
}

describe('aggregates of a loop body over the inputs read as tuples', () => {
  it('counts the positions where two strings differ (a count over two texts side by side)', () => {
    const hamming = (a: string, b: string): number => [...a].filter((c, i) => c !== b[i]).length;
    expect(solves(['string', 'string'], 'int', (n) => [text(n), text(n)], hamming)).toMatch(/filter.*length/);
  });

  it('interleaves two strings (a concatenation of one piece per pair)', () => {
    const interleave = (a: string, b: string): string => [...a].map((c, i) => c + b[i]).join('');
    expect(solves(['string', 'string'], 'string', (n) => [text(n), text(n)], interleave)).toMatch(/zipWith\(.*join/);
  });

  it('tells a sorted list by its neighbours (every adjacent pair in order)', () => {
    const sorted = (xs: number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
    const make = (n: number): unknown[] => [rng.chance(0.5) ? ints(n).sort((p, q) => p - q) : ints(n)];
    expect(solves(['int[]'], 'boolean', make, sorted)).toMatch(/every/);
  });

  it('sums absolute differences of two float vectors and takes the root of a sum of squares', () => {
    const manhattan = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + Math.abs(x - b[i]), 0);
    solves(['float[]', 'float[]'], 'float', (n) => [floats(n), floats(n)], manhattan);
    const euclid = (a: number[], b: number[]): number => Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0));
    expect(solves(['float[]', 'float[]'], 'float', (n) => [floats(n), floats(n)], euclid, 20_000_000)).toMatch(/Math\.sqrt\(.*zipWith/);
  }, 120_000);

  it('averages the elements a condition keeps, 0 when it keeps none', () => {
    const positives = (xs: number[]): number => {
      const kept = xs.filter((x) => x > 0);
      return kept.length === 0 ? 0 : kept.reduce((s, x) => s + x, 0) / kept.length;
    };
    const make = (n: number): unknown[] => [n === 1 ? [-3] : ints(n)];
    expect(solves(['int[]'], 'float', make, positives)).toMatch(/ratio\(sum\(.*filter/);
  });

  it('keeps the positions a condition on the part, its index and the whole parameter holds for', () => {
    const evenPlaces = (s: string): string => [...s].filter((_, i) => i % 2 === 0).join('');
    expect(solves(['string'], 'string', (n) => [text(n)], evenPlaces)).toMatch(/filter.*charAt/);
    const floors = (xs: number[]): number[] => xs.filter((x, i) => xs.slice(i).every((y) => x <= y));
    expect(solves(['int[]'], 'int[]', (n) => [ints(n)], floors, 6_000_000)).toMatch(/slice/);
  }, 60_000);

  it('keeps the indices a condition on the parts and the other parameters holds for', () => {
    const places = (xs: number[], x: number): number[] => xs.flatMap((y, i) => (y === x ? [i] : []));
    const make = (n: number): unknown[] => {
      const xs = Array.from({ length: n }, () => rng.int(4));
      return [xs, rng.int(4)];
    };
    expect(solves(['int[]', 'int'], 'int[]', make, places)).toMatch(/range\(a\.length\)\.filter\(.*=== b|b ===/);
  });

  it('counts up to an integer parameter: the multiples of another below it, summed', () => {
    const multiples = (n: number, k: number): number => Array.from({ length: Math.max(0, n) }, (_, i) => i).filter((i) => i % k === 0).reduce((s, i) => s + i, 0);
    expect(solves(['int', 'int'], 'int', (n) => [n * 3 + rng.int(3), 2 + rng.int(4)], multiples, 8_000_000)).toMatch(/sum\(range\(a\)\.filter/);
  });

  it('finds the first place a running sum passes a bound, and the first element a condition holds for', () => {
    // The day the rain fallen so far first passes 30 mm (-1 where it never does), the bound named in the goal.
    const rain = (xs: number[]): number => xs.findIndex((_, k) => xs.slice(0, k + 1).reduce((u, v) => u + v, 0) > 30);
    const days = Array.from({ length: 24 }, (_, i) => [Array.from({ length: 1 + (i % 8) }, () => rng.int(12))]);
    const p = { ...problem(['int[]'], 'int', days, rain), goal: 'On which day does the rain so far first pass 30 mm?' };
    const ctx = new GpContext(p);
    const { node } = aggregateSeed(ctx, buildTable(), p.train, 2_000_000);
    expect(printNode(ctx, node!, true, new Set())).toMatch(/^scan\(a, 0, \(acc1: number, x1: number\): number => acc1 \+ x1\)\.findIndex\(\(x1: number\): boolean => .*30/);
    const longer = Array.from({ length: 10 }, () => [Array.from({ length: 20 }, () => rng.int(5))]);
    expect(run(ctx, node!, longer)).toEqual(longer.map(([xs]) => rain(xs)));
    const firstEven = (xs: number[]): number => xs.findIndex((x) => x % 2 === 0);
    expect(solves(['int[]'], 'int', (n) => [ints(n + 1).map((x) => x * 2 + 1).concat(rng.int(3) === 0 ? [] : [4])], firstEven)).toMatch(/findIndex/);
  });

  it('finds the first and the last element a condition on the whole list keeps (0 where none is)', () => {
    // The first and the last element whose complement to b the list also holds.
    const paired = (last: boolean) => (xs: number[], t: number): number => xs.filter((x) => xs.includes(t - x)).at(last ? -1 : 0) ?? 0;
    const make = (n: number): unknown[] => [Array.from({ length: n + 2 }, () => rng.range(-30, 30)), rng.range(-20, 20)];
    for (const last of [false, true]) expect(solves(['int[]', 'int'], 'int', make, paired(last), 4_000_000)).toMatch(/\.filter\(.*\.includes\(/);
  });

  it('works whatever the parameters are called, the names of the body variables too', () => {
    const p = problem(['int[]', 'int'], 'int[]', Array.from({ length: 24 }, (_, i) => [Array.from({ length: i % 8 }, () => rng.int(4)), rng.int(4)]), (xs: number[], x: number) =>
      xs.flatMap((y, i) => (y === x ? [i] : [])),
    );
    const named = { ...p, params: [{ name: 'el', type: 'int[]' as GpType }, { name: 'el2', type: 'int' as GpType }] };
    const ctx = new GpContext(named);
    const { node } = aggregateSeed(ctx, buildTable(), named.train, 2_000_000);
    expect(run(ctx, node!, [[[3, 1, 3, 0], 3]])).toEqual([[0, 2]]);
  });

  it('reads cases that all hold more tuples than its first enumeration takes', () => {
    const hamming = (a: string, b: string): number => [...a].filter((c, i) => c !== b[i]).length;
    expect(solves(['string', 'string'], 'int', (n) => [text(n + 12), text(n + 12)], hamming)).toMatch(/filter.*length/);
  });

  it('finds nothing, within its budget, where no aggregate of the tuples makes the output', () => {
    const p = problem(['int[]'], 'int', Array.from({ length: 24 }, (_, i) => [ints(1 + (i % 6))]), () => rng.range(-1000, 1000));
    const { node, executions } = aggregateSeed(new GpContext(p), buildTable(), p.train, 300_000);
    expect(node).toBeUndefined();
    expect(executions).toBeGreaterThan(0);
    // Its budget and, after it, the readings with a number list's mean, the folds and the pairs their own (each half as
    // much again by default).
    expect(executions).toBeLessThan(300_000 * (1 + 3 * MEANS_SHARE) * 1.1);
    expect(aggregateSeed(new GpContext(p), buildTable(), p.train, 300_000, 0).executions).toBeLessThan(300_000 * 1.1);
    const two = { ...p, returns: ['int', 'int'] as GpType[], train: p.train.map((c) => ({ ...c, outputs: [1, 2] })) };
    expect(aggregateSeed(new GpContext(two), buildTable(), two.train, 300_000)).toEqual({ executions: 0 });
  });

  it('reads two parameters side by side only where every case gives them equal lengths', () => {
    const equal = problem(['string', 'string'], 'int', [['ab', 'cd'], ['x', 'y']], () => 0);
    const uneven = problem(['string', 'string'], 'int', [['ab', 'cd'], ['x', 'yz']], () => 0);
    const zipped = (p: GpProblem): number => tupleReadings(new GpContext(p), p.train).filter((r) => r.vars.length === 2 && p.train.every((c) => r.tuples(c))).length;
    // Side by side, each one's neighbours and positions where lengths agree; not side by side where they do not.
    expect(zipped(equal)).toBe(5);
    expect(zipped(uneven)).toBe(4);
  });

  it('averages a body over the elements, and over the count 0 … n - 1 (a probability over equally likely outcomes)', () => {
    const spread = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + Math.abs(x), 0) / xs.length);
    expect(solves(['float[]'], 'float', (n) => [floats(n)], spread)).toMatch(/fdiv\(sum\(a\.map/);
    // The chance that a number drawn from 0 … n - 1 is below k: the mean of a 0/1 body, never a kept-elements form.
    const below = (n: number, k: number): number => (n <= 0 ? 0 : Math.min(n, Math.max(0, k)) / n);
    expect(solves(['int', 'int'], 'float', (n) => [n * 2 + 1, rng.int(2 * n + 2)], below, 8_000_000)).toMatch(/range\(a\)/);
  }, 60_000);

  it('rounds a float sum to the cents every output shows, a whole divisor taken out of the loop', () => {
    // Tips: each bill times its percentage, summed and rounded to cents (prices and rates of two decimals).
    const tips = (bills: number[], rates: number[]): number => Math.round(bills.reduce((s, b, i) => s + b * rates[i], 0)) / 100;
    const make = (n: number): unknown[] => [Array.from({ length: n }, () => rng.int(20_000) / 100), Array.from({ length: n }, () => rng.int(3_000) / 100)];
    const printed = solves(['float[]', 'float[]'], 'float', make, tips, 4_000_000);
    expect(printed).toMatch(/^fdiv\(Math\.round\(sum\(zipWith\(/);
    expect(printed).not.toMatch(/\* 100\)\), 100\)$/);
    // Unrounded outputs (full precision) take no rounding.
    const exact = (bills: number[], rates: number[]): number => bills.reduce((s, b, i) => s + (b * rates[i]) / 100, 0);
    expect(solves(['float[]', 'float[]'], 'float', make, exact, 4_000_000)).not.toMatch(/Math\.round/);
  }, 60_000);

  it('tells whether exactly one tuple holds (one negative number among the elements)', () => {
    const single = (xs: number[]): boolean => xs.filter((x) => x < 0).length === 1;
    const make = (n: number): unknown[] => [Array.from({ length: n }, () => (rng.chance(0.25) ? -1 - rng.int(9) : rng.int(9)))];
    expect(solves(['int[]'], 'boolean', make, single)).toMatch(/filter\(.*\)\.length === 1|1 === /);
  });

  it('sums large full-precision values and prices in cents as they are, without rounding them', () => {
    const squares = (xs: number[]): number => xs.reduce((s, x) => s + x * x, 0);
    const large = (n: number): unknown[] => [Array.from({ length: n }, () => 1000 + rng.next() * 9000)];
    expect(solves(['float[]'], 'float', large, squares)).not.toMatch(/Math\.round/);
    // Each price less a dollar, summed: outputs in cents, and the plain sum is right as it is.
    const less = (xs: number[]): number => xs.reduce((s, x) => s + (x - 1), 0);
    const prices = (n: number): unknown[] => [Array.from({ length: n }, () => rng.int(100_000) / 100)];
    expect(solves(['float[]'], 'float', prices, less)).not.toMatch(/Math\.round/);
  });
});
