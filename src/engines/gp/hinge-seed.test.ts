import { describe, expect, it } from 'vitest';
import { runModule } from '../../../tests/support/run-module.js';
import { buildTable } from '../../programs/compile-program.js';
import { emitModule } from './emit-module.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { hingeSeed } from '../../synthesis/hinge-seed.js';
import { printNode } from '../../programs/print-program.js';

/** The hinge found for a one-parameter problem, printed, and the function its module computes; none when none is. */
function hinge(goal: string, type: GpType, xs: number[], f: (x: number) => number): { text?: string; fn?: (x: number) => unknown } {
  const problem: GpProblem = { name: 'tier', goal, params: [{ name: 'x', type }], returns: [type], train: xs.map((x) => ({ inputs: [x], outputs: [f(x)] })), test: [] };
  const ctx = new GpContext(problem);
  const { node } = hingeSeed(ctx, buildTable(), problem.train);
  if (!node) return {};
  const individual = { lets: [], outs: [node] };
  return { text: printNode(ctx, node, false, new Set()), fn: runModule(emitModule(individual, problem)) as (x: number) => unknown };
}

describe('two lines split at a threshold', () => {
  it('finds a price that does not jump where its lines meet, though no case lies there, and it generalises', () => {
    // $4 up to 10 kg, then $1.25 for each kg over: the cases skip 8 … 13 kg.
    const ship = (w: number): number => (w <= 10 ? 4 : 4 + 1.25 * (w - 10));
    const xs = [0.5, 1, 2, 3.5, 5, 7, 7.5, 13.5, 15, 16, 20, 22.5, 30];
    const { text, fn } = hinge('What does shipping cost?', 'float', xs, ship);
    expect(text).toBe('((x <= 10) ? 4 : ((x * 1.25) - 8.5))');
    for (const w of [9, 10, 11, 400]) expect(fn?.(w)).toBeCloseTo(ship(w), 9);
  });

  it('places a jump at a number the goal names where a case lies on it, and nowhere else', () => {
    const ticket = (age: number): number => (age < 65 ? 12 : 8);
    const ages = [5, 12, 20, 33, 41, 64, 65, 70, 71, 80, 92];
    expect(hinge('Tickets cost $12, or $8 for people aged 65 and over.', 'int', ages, ticket).text).toBe('((x < 65) ? 12 : 8)');
    // Without 64 and 65 no case tells which side 65 is on; nor, unnamed, where in 41 … 70 the price jumps.
    const gap = ages.filter((a) => a !== 64 && a !== 65);
    expect(hinge('Tickets cost $12, or $8 for people aged 65 and over.', 'int', gap, ticket).text).toBeUndefined();
    expect(hinge('What does a ticket cost?', 'int', gap, ticket).text).toBeUndefined();
    // Unnamed but pinned down by cases at 64 and 65, the jump is read off them (telling-thresholds.ts).
    expect(hinge('What does a ticket cost?', 'int', ages, ticket).text).toBe('((x <= 64) ? 12 : 8)');
  });

  it('takes no meeting point where the goal names another number in the gap: the price may jump there', () => {
    const units = (u: number): number => (u <= 10 ? 3 * u : 4 * u - 5);
    const goal = 'Each of the first 10 units costs $3; every unit past 10 costs $4, minus a $5 discount.';
    expect(hinge(goal, 'int', [1, 2, 3, 4, 12, 13, 14, 20, 25], units).text).toBeUndefined();
    // With cases on both sides of 10 the lines meet at 5, outside the gap, and the named 10 ends the left side.
    expect(hinge(goal, 'int', [1, 2, 3, 4, 9, 10, 11, 12, 20], units).text).toBe('((x <= 10) ? (x * 3) : ((x * 4) - 5))');
  });

  it('fits 10,000 cases in well under a second (the splits are bisected, not all fitted)', () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i);
    const started = performance.now();
    expect(hinge('A tier at 7000.', 'int', xs, (x) => (x <= 7000 ? 2 * x : 3 * x - 7000)).text).toBe('((x <= 7000) ? (x * 2) : ((x * 3) - 7000))');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('finds nothing where a side is no line or too few cases lie on one side', () => {
    expect(hinge('Square it.', 'int', [1, 2, 3, 4, 5, 6, 7, 8], (x) => x * x).text).toBeUndefined();
    expect(hinge('x', 'int', [1, 2, 3, 4, 5, 6, 7, 100, 200], (x) => (x < 50 ? x : 3 * x)).text).toBeUndefined();
  });

  it('finds a hinge times another parameter: a price per unit over a quantity with a bulk tier', () => {
    // Each unit at the unit price up to 100 units, and at 80 % of it for every unit past 100.
    const cost = (n: number, price: number): number => price * (n <= 100 ? n : 100 + 0.8 * (n - 100));
    const rows = [[10, 3], [50, 2.5], [99, 4], [120, 1.5], [200, 2], [30, 7], [150, 3.25], [500, 1], [75, 2]];
    const problem: GpProblem = { params: [{ name: 'n', type: 'int' }, { name: 'price', type: 'float' }], returns: ['float'], train: rows.map(([n, p]) => ({ inputs: [n, p], outputs: [cost(n, p)] })), test: [] };
    const ctx = new GpContext(problem);
    const { node } = hingeSeed(ctx, buildTable(), problem.train);
    expect(node && printNode(ctx, node, false, new Set())).toBe('(price * ((n <= 100) ? n : ((n * 0.8) + 20)))');
  });
});
