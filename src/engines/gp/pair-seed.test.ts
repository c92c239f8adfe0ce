import { describe, expect, it } from 'vitest';
import { runModule } from '../../../tests/support/run-module.js';
import { emitModule } from './emit-module.js';
import { enumerationSeeds } from '../../synthesis/enumeration-seeds.js';
import { GpContext } from '../../programs/gp-context.js';
import type { GpProblem, GpType } from './gp-api.js';
import type { Found } from '../../synthesis/enumerate-programs.js';
import { pairSeed } from '../../synthesis/pair-seed.js';
import { printNode } from '../../programs/print-program.js';
import type { GpNode } from '../../programs/program-tree.js';
import { call } from '../../programs/program-tree.js';
import { buildTable } from '../../programs/compile-program.js';
import { Rng } from '../../util/rng.js';

/** The seed stage's first seed for a problem, printed, and the function its module computes. */
function seeded(problem: GpProblem, candidates: number): { text: string; fn: (...args: unknown[]) => unknown } {
  const ctx = new GpContext(problem);
  const { seeds } = enumerationSeeds(ctx, problem.train, 5, candidates);
  return { text: printNode(ctx, seeds[0].outs[0], false, new Set()), fn: runModule(emitModule(seeds[0], problem)) as (...args: unknown[]) => unknown };
}

describe('two enumerated expressions joined by an operation (meet in the middle)', () => {
  const rng = new Rng(11);
  const float = (): number => Math.round(rng.next() * 2000) / 100;

  it('finds a product of two sums, past the size the enumeration reaches, and it generalises', () => {
    const f = (a: number, b: number, c: number): number => (a + b) * (c - a);
    const train = Array.from({ length: 30 }, () => [float(), float(), float()]).map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1], xs[2])] }));
    const params = ['a', 'b', 'c'].map((name) => ({ name, type: 'float' as const }));
    const { text, fn } = seeded({ name: 'pair', params, returns: ['float'], train, test: [] }, 150_000);
    expect(text.replace(/[()\s]/g, '')).toMatch(/^(a\+b|b\+a)\*(c-a)$|^(c-a)\*(a\+b|b\+a)$/);
    for (const xs of [[100, 3.5, -7], [0.25, 1000, 12]]) expect(fn(...xs)).toBeCloseTo(f(xs[0], xs[1], xs[2]), 9);
  });

  it('joins integers only where the partner is a whole number, and returns only a pair exact on every case', () => {
    const params = ['a', 'b'].map((name) => ({ name, type: 'int' as const }));
    const v = (name: string): GpNode => ({ kind: 'var', type: 'int', name });
    const problem = (f: (a: number, b: number) => number, rows: number[][]): GpProblem => ({ params, returns: ['int'], train: rows.map((xs) => ({ inputs: xs, outputs: [f(xs[0], xs[1])] })), test: [] });
    const rows = [[4, 6], [6, 3], [8, 10], [2, 7], [5, 5]];
    const run = (p: GpProblem, used: number, bank: { node: GpNode; values: number[] }[]) => {
      const found = new Map<GpType, Found[]>([['int', bank.map((f) => ({ ...f, size: 1, values: f.values.slice(0, used) }))]]);
      return pairSeed(new GpContext(p), buildTable(), found, p.train.slice(0, used), p.train);
    };
    const as = rows.map((r) => r[0]);
    const bs = rows.map((r) => r[1]);
    // a * b from the bank's a and b; (a + b) / 2 is no integer product of them, so no pair is taken for it.
    expect(run(problem((a, b) => a * b, rows), 5, [{ node: v('a'), values: as }, { node: v('b'), values: bs }]).node).toEqual(call('mul_int', 'int', [v('a'), v('b')]));
    expect(run(problem((a, b) => (a + b) / 2, rows), 5, [{ node: v('a'), values: as }, { node: v('b'), values: bs.map((b) => b / 2) }]).node).toBeUndefined();
    // A pair exact on the enumeration's cases (the first three) but not on the others is checked and dropped.
    const differs = problem((a, b) => (a === 5 ? 0 : a + b), rows);
    expect(run(differs, 3, [{ node: v('a'), values: as }, { node: v('b'), values: bs }]).node).toBeUndefined();
    expect(run(problem((a, b) => a + b, rows), 3, [{ node: v('a'), values: as }, { node: v('b'), values: bs }]).node).toEqual(call('add_int', 'int', [v('a'), v('b')]));
  });
});
