import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { enumerationSeeds, SEED_CASES, seedCandidates } from './enumeration-seeds.js';
import { printNode } from '../programs/print-program.js';
import { roundedDecimals } from './rounding.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import { Rng } from '../util/rng.js';

/** The first seed of a one-integer-parameter problem as a function, after checking the lexicase seeds follow it. */
function firstSeed<T>(goal: string, returns: GpProblem['returns'], train: GpProblem['train']): (x: number) => T {
  const problem: GpProblem = { goal, params: [{ name: 'x', type: 'int' }], returns, train, test: [] };
  const ctx = new GpContext(problem);
  const { seeds } = enumerationSeeds(ctx, train, 5, seedCandidates(1_000_000, train.length));
  expect(seeds.length).toBeGreaterThan(1); // the composed program leads the lexicase seeds
  return new Function('x', `return ${printNode(ctx, seeds[0].outs[0], false, new Set())};`) as (x: number) => T;
}

describe('enumeration seeds', () => {
  it('seeds the expression exact on every case although a smaller one is within tolerance on the enumerated cases', () => {
    // x + y, with y under the float tolerance (1e-4) on the enumeration's cases: x alone is "exact" there, wrong later.
    const train = Array.from({ length: 20 }, (_, i) => {
      const [x, y] = [i + 0.5, i < SEED_CASES ? (i + 1) * 1e-6 : i];
      return { inputs: [x, y], outputs: [x + y] };
    });
    const problem: GpProblem = { params: [{ name: 'x', type: 'float' }, { name: 'y', type: 'float' }], returns: ['float'], train, test: [] };
    const ctx = new GpContext(problem);
    const { seeds } = enumerationSeeds(ctx, train, 5, seedCandidates(1_000_000, train.length));
    const printed = seeds.map((s) => printNode(ctx, s.outs[0], false, new Set()));
    expect(printed[0]).toMatch(/^\((x \+ y|y \+ x)\)$/);
  });

  it('joins two enumerated expressions under a condition when no single one is exact, checked on every case', () => {
    // x² below 7, x + 40 from 7 on: ten nodes as one expression, past the enumeration's eight; each part is three.
    const train = Array.from({ length: 40 }, (_, i) => {
      const x = (i * 7) % 23;
      return { inputs: [x], outputs: [x < 7 ? x * x : x + 40] };
    });
    const fn = firstSeed<number>('Square numbers below 7; add 40 to the others.', ['int'], train);
    for (let x = -5; x < 60; x++) expect(fn(x)).toBe(x < 7 ? x * x : x + 40);
  });

  it('unifies on more cases than it enumerated on, one of each output those lacked first, so a rare branch is not lost', () => {
    // Three ranges; the first twelve cases (the enumeration's) hold no "low" at all.
    const label = (x: number): string => (x >= 70 ? 'high' : x < 20 ? 'low' : 'mid');
    const xs = [...Array.from({ length: 12 }, (_, i) => 25 + i * 6), 3, 90, 15, 44, 71, 8, 66, 99, 1, 50, 19, 70, 20, 35];
    const train = xs.map((x) => ({ inputs: [x], outputs: [label(x)] }));
    const fn = firstSeed<string>('Label a number "high" from 70 on, "low" under 20, "mid" otherwise.', ['string'], train);
    for (const x of xs) expect(fn(x)).toBe(label(x));
  });

  it('rounds to the cents every output shows: half a price plus a fee, and each price of a list (element-wise)', () => {
    const cents = (x: number): number => Math.round(x * 100) / 100;
    const prices = Array.from({ length: 30 }, (_, i) => ((i * 7919) % 20_000) / 100 + 0.05);
    const discounted = (p: number): number => cents(p * 0.5 + 1);
    const one: GpProblem = { params: [{ name: 'p', type: 'float' }], returns: ['float'], train: prices.map((p) => ({ inputs: [p], outputs: [discounted(p)] })), test: [] };
    const ctx = new GpContext(one);
    const [seed] = enumerationSeeds(ctx, one.train, 5, seedCandidates(1_000_000, one.train.length)).seeds;
    const printed = printNode(ctx, seed.outs[0], false, new Set());
    expect(printed).toMatch(/Math\.round\(/);
    const fn = new Function('p', 'fdiv', `return ${printed};`) as (p: number, fdiv: (a: number, b: number) => number) => number;
    for (let k = 0; k < 200; k++) expect(fn(k * 13.37, (a, b) => a / b)).toBe(discounted(k * 13.37));
    // A list of prices, each one discounted: the element-wise deduction's parts are rounded the same way.
    const lists = Array.from({ length: 12 }, (_, i) => prices.slice(i, i + 1 + (i % 5)));
    const many: GpProblem = { params: [{ name: 'ps', type: 'float[]' }], returns: ['float[]'], train: lists.map((ps) => ({ inputs: [ps], outputs: [ps.map(discounted)] })), test: [] };
    const listCtx = new GpContext(many);
    const [listSeed] = enumerationSeeds(listCtx, many.train, 5, seedCandidates(4_000_000, many.train.length)).seeds;
    expect(printNode(listCtx, listSeed.outs[0], false, new Set())).toMatch(/map\(.*Math\.round\(/);
  });

  it('takes no rounding where the outputs show none (full-precision prices)', () => {
    const prices = Array.from({ length: 30 }, (_, i) => ((i * 7919) % 20_000) / 97 + 0.05);
    expect(roundedDecimals(prices.map((p) => p - p * 0.1))).toBeUndefined();
    const one: GpProblem = { params: [{ name: 'p', type: 'float' }], returns: ['float'], train: prices.map((p) => ({ inputs: [p], outputs: [p - p * 0.1] })), test: [] };
    const ctx = new GpContext(one);
    const [seed] = enumerationSeeds(ctx, one.train, 5, seedCandidates(1_000_000, one.train.length)).seeds;
    expect(printNode(ctx, seed.outs[0], false, new Set())).not.toMatch(/Math\.round/);
  });

  it("rounds half to even where the outputs were so rounded (Python's round), and the module holds on unseen halves", () => {
    // Python's round(x, 2): -9.375 → -9.38, 2.125 → 2.12, where Math.round gives -9.37 and 2.13.
    const even = (x: number): number => {
      const r = Math.round(x * 100);
      return (Math.abs((x * 100) % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r) / 100;
    };
    const mean = (xs: number[]): number => even(xs.reduce((a, b) => a + b, 0) / xs.length);
    const list = (i: number): number[] => Array.from({ length: 1 + (i % 8) }, (_, k) => ((i * 37 + k * 53) % 97) - 48);
    const lists = [[12, 43, 14, 35, -48, -8, -10, -21], [-13, -40, -8, 28, 4, -40, -46, 40], ...Array.from({ length: 40 }, (_, i) => list(i))];
    const p: GpProblem = { params: [{ name: 'xs', type: 'int[]' }], returns: ['float'], train: lists.map((xs) => ({ inputs: [xs], outputs: [mean(xs)] })), test: [] };
    const ctx = new GpContext(p);
    const [seed] = enumerationSeeds(ctx, p.train, 5, seedCandidates(3_000_000, p.train.length)).seeds;
    expect(printNode(ctx, seed.outs[0], false, new Set())).toMatch(/roundEven\(/);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, seed)], table)[0]!;
    const unseen = [[1, 2, 3, 4, 5, 6, 7, 9], [-1, -2, -3, -4, -5, -6, -7, -9], [5, 5, 5, 6], ...Array.from({ length: 30 }, (_, i) => list(i + 100))];
    for (const xs of unseen) {
      table.resetSteps(1e6);
      expect(fn(xs)).toBe(mean(xs));
    }
  });
  it('seeks an aggregate past a conditional fitted to the cases, and leads with it where it is exact', () => {
    // Whether each number is the one before it plus one, on the lists a user's directive had: a conditional on the
    // list's length fitted them (`(xs.length !== 2) ? equal(unique(xs), sorted(xs)) : 1 < minOf(xs)`).
    const lists = JSON.parse(readFileSync(new URL('./__fixtures__/count-up-lists.json', import.meta.url), 'utf8')) as number[][];
    const countsUp = (xs: number[]): boolean => xs.every((x, k) => k === 0 || x === xs[k - 1] + 1);
    const train = lists.map((xs) => ({ inputs: [xs], outputs: [countsUp(xs)] }));
    const goal = 'Does each number of the list equal the previous one plus one?';
    const ctx = new GpContext({ goal, params: [{ name: 'xs', type: 'int[]' }], returns: ['boolean'], train, test: [] });
    const { seeds } = enumerationSeeds(ctx, train, 50, seedCandidates(6_000_000, train.length));
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, seeds[0])], table)[0]!;
    const rng = new Rng(1616);
    for (let n = 0; n < 200; n++) {
      // Counting up, rising by other steps (the fitted conditional's blind spot), and at random.
      const xs = Array.from({ length: 3 + rng.int(20) }, (_, k) => [100 + k, 100 + 2 * k + (k % 3), rng.range(-9, 9)][n % 3]);
      table.resetSteps(1e7);
      expect(fn(xs)).toBe(countsUp(xs));
    }
  });
});
