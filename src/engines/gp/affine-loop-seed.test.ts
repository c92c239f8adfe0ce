import { describe, expect, it } from 'vitest';
import { runModule } from '../../../tests/support/run-module.js';
import { affineAfter, affineIncrement, affineLoopSeed } from '../../synthesis/affine-loop-seed.js';
import { buildTable } from '../../programs/compile-program.js';
import { emitModule } from './emit-module.js';
import type { Found } from '../../synthesis/enumerate-programs.js';
import { enumerationSeeds } from '../../synthesis/enumeration-seeds.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { printNode } from '../../programs/print-program.js';
import type { GpNode } from '../../programs/program-tree.js';
import { Rng } from '../../util/rng.js';

/** The seed stage's first seed for a problem, printed, and the function its module computes. */
function seeded(problem: GpProblem): { text: string; fn: (...args: unknown[]) => unknown } {
  const ctx = new GpContext(problem);
  const { seeds } = enumerationSeeds(ctx, problem.train, 5, 150_000);
  return { text: printNode(ctx, seeds[0].outs[0], false, new Set()), fn: runModule(emitModule(seeds[0], problem)) as (...args: unknown[]) => unknown };
}

describe('a quantity multiplied by one expression and increased by another, a parameter number of times', () => {
  it('solves the geometric sum for the increment, and the loop it implies gives the output back', () => {
    for (const [start, a, b, n] of [[0, 1.07, 250, 12], [5, 0.5, 3, 7], [2, 1, 4, 9], [-3, -2, 1, 5]]) {
      const y = affineAfter(start, a, b, n);
      expect(affineIncrement(start, a, y, n)).toBeCloseTo(b, 9);
    }
    // Counted 0 times, any increment gives the start back; a factor of -1 an even number of times tells none either.
    expect(affineIncrement(4, 2, 4, 0)).toBeUndefined();
    expect(affineIncrement(4, -1, 4, 2)).toBeUndefined();
  });

  it('finds a savings balance (a deposit each year, interest on the balance), whose step the enumeration does not reach', () => {
    const rng = new Rng(3);
    const row = (): number[] => [Math.round(rng.next() * 50_000) / 100, Math.round(10 + rng.next() * 90) / 1000, Math.floor(rng.next() * 30)];
    const f = (deposit: number, rate: number, years: number): number => affineAfter(0, 1 + rate, deposit, years);
    const train = Array.from({ length: 60 }, row).map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1], xs[2])] }));
    const params = [{ name: 'deposit', type: 'float' as const }, { name: 'rate', type: 'float' as const }, { name: 'years', type: 'int' as const }];
    const { text, fn } = seeded({ name: 'savings', params, returns: ['float'], train, test: [] });
    expect(text).toMatch(/^loop\(years, 0, \(acc1, i1\) => \(acc1 \* \((rate \+ 1|1 \+ rate)\)\) \+ deposit\)$/);
    // Beyond the cases' range: forty years, a larger deposit.
    expect(fn(1000, 0.05, 40)).toBeCloseTo(f(1000, 0.05, 40), 6);
  });

  it('starts from a whole-number parameter as a decimal, and rounds the loop where every output is rounded to cents', () => {
    const rng = new Rng(7);
    const row = (): number[] => [100 + Math.floor(rng.next() * 9_900), 1 + Math.floor(rng.next() * 12), Math.floor(rng.next() * 30)];
    const f = (principal: number, percent: number, years: number): number => Math.round(affineAfter(principal, 1 + percent / 100, 0, years) * 100) / 100;
    const train = Array.from({ length: 60 }, row).map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1], xs[2])] }));
    const params: GpProblem['params'] = ['principal', 'percent', 'years'].map((name) => ({ name, type: 'int' as const }));
    const { text, fn } = seeded({ name: 'interest', goal: 'Savings after some years of interest compounded yearly at a percent rate, to the cent.', params, returns: ['float'], train, test: [] });
    expect(text).toContain('loop(years, principal, ');
    for (const xs of [[250, 4, 45], [10_000, 3, 0], [777, 11, 1]]) expect(fn(...xs)).toBe(f(xs[0], xs[1], xs[2]));
  });

  it('writes the step as a person would: a payment subtracted, not a negative added', () => {
    const rng = new Rng(5);
    const row = (): number[] => [Math.round(100_000 + rng.next() * 1_900_000) / 100, Math.round(10 + rng.next() * 190) / 10_000, Math.round(5_000 + rng.next() * 45_000) / 100, Math.floor(rng.next() * 24)];
    const f = (principal: number, rate: number, payment: number, months: number): number => affineAfter(principal, 1 + rate, -payment, months);
    const train = Array.from({ length: 60 }, row).map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1], xs[2], xs[3])] }));
    const params: GpProblem['params'] = [...['principal', 'rate', 'payment'].map((name) => ({ name, type: 'float' as const })), { name: 'months', type: 'int' }];
    const { text } = seeded({ name: 'loan', params, returns: ['float'], train, test: [] });
    expect(text).toMatch(/^loop\(months, principal, \(acc1, i1\) => \(acc1 \* \((rate \+ 1|1 \+ rate)\)\) - payment\)$/);
  });

  it('keys integers exactly, and returns only a loop exact on every case', () => {
    const params = [{ name: 'p', type: 'int' as const }, { name: 'k', type: 'int' as const }, { name: 'n', type: 'int' as const }];
    const v = (name: string): GpNode => ({ kind: 'var', type: 'int', name });
    const rows = [[3, 1, 2], [5, 2, 3], [7, 4, 1], [2, 3, 4], [9, 1, 0], [4, 6, 2]];
    const problem = (f: (p: number, k: number, n: number) => number): GpProblem => ({ params, returns: ['int'], train: rows.map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1], xs[2])] })), test: [] });
    const bank = (used: number): Map<GpType, Found[]> =>
      new Map([['int', ['p', 'k', 'n'].map((name, i) => ({ node: v(name), size: 1, values: rows.slice(0, used).map((r) => r[i]) })).concat([{ node: { kind: 'const', type: 'int', value: 2 }, size: 1, values: rows.slice(0, used).map(() => 2) }])]]);
    const run = (p: GpProblem, used: number) => affineLoopSeed(new GpContext(p), buildTable(), bank(used), p.train.slice(0, used), p.train);
    // p doubled n times with k added each time: factor 2 and increment k from the bank.
    const doubled = run(problem((p, k, n) => affineAfter(p, 2, k, n)), 6);
    expect(doubled.node && printNode(new GpContext(problem(() => 0)), doubled.node, false, new Set())).toBe('loop(n, p, (acc1, i1) => (acc1 * 2) + k)');
    // Exact on the first four cases but not on the last two: checked on every case and dropped.
    expect(run(problem((p, k, n) => (p === 9 || p === 4 ? 0 : affineAfter(p, 2, k, n))), 4).node).toBeUndefined();
    // An output no step reaches (p to the power k, whatever n is) gives nothing.
    expect(run(problem((p, k) => p ** k), 6).node).toBeUndefined();
  });
});
