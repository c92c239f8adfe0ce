import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { call } from '../programs/program-tree.js';
import { Rng } from '../util/rng.js';
import { cutSeed } from './cut-seed.js';
import type { Solve } from './part-seeds.js';

const problem = (type: GpType, rows: [unknown, unknown, unknown][]): GpProblem => ({
  goal: 'Cut it in two.',
  params: [{ name: 'xs', type }],
  returns: [type, type],
  train: rows.map(([w, l, r]): ExampleCase => ({ inputs: [w], outputs: [l, r] })),
  test: [],
});
const nothing: Solve = () => ({ executions: 0 });

/** Weights cut where the two sides weigh most alike (the first such place, each side holding one at least). */
function balanced(xs: number[]): [number[], number[]] {
  const total = xs.reduce((a, b) => a + b, 0);
  let best = 1;
  let prefix = 0;
  let gap = Infinity;
  for (let k = 1; k <= xs.length; k++) {
    prefix += xs[k - 1];
    if (Math.abs(total - 2 * prefix) < gap) [gap, best] = [Math.abs(total - 2 * prefix), k];
  }
  return [xs.slice(0, best), xs.slice(best)];
}

function weights(seed: number, n: number): number[][] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => Array.from({ length: 1 + (i % 9) }, () => rng.range(1, 60) / 4));
}

describe('cutSeed', () => {
  it('finds where a measure of the two parts is best, and the program cuts unseen and longer lists right', () => {
    const ctx = new GpContext(problem('float[]', weights(3, 40).map((xs) => [xs, ...balanced(xs)])));
    const found = cutSeed(ctx, buildTable(), ctx.problem.train, nothing, 40_000);
    expect(found.individual?.lets).toHaveLength(2);
    expect(found.executions).toBeGreaterThan(0);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, found.individual!)], table)[0]!;
    for (const xs of [...weights(11, 30), Array.from({ length: 40 }, (_, i) => ((i * 7) % 13) + 0.5)]) {
      table.resetSteps(1e7);
      expect(fn(xs)).toEqual(balanced(xs));
    }
  });

  it('cuts where the place the seed stage finds for the cut says, when that is exact on every case', () => {
    const atLargest = (xs: number[]): [number[], number[]] => [xs.slice(0, xs.indexOf(Math.max(...xs))), xs.slice(xs.indexOf(Math.max(...xs)))];
    const lists = weights(5, 30).map((xs) => xs.map((x) => Math.round(x * 4)));
    const ctx = new GpContext(problem('int[]', lists.map((xs) => [xs, ...atLargest(xs)])));
    const xs = { kind: 'var', type: 'int[]', name: 'xs' } as const;
    const asked: unknown[][] = [];
    const place: Solve = (sub) => {
      asked.push(sub.problem.train.map((c) => c.outputs[0]));
      return { node: call('indexOf_ints', 'int', [xs, call('max_ints', 'int', [xs])]), executions: 5 };
    };
    const found = cutSeed(ctx, buildTable(), ctx.problem.train, place, 1_000);
    expect(asked[0]).toEqual(lists.map((l) => l.indexOf(Math.max(...l))));
    expect(found.individual?.lets).toHaveLength(1);
    // A place wrong on some case is not taken.
    const wrong: Solve = () => ({ node: call('len_ints', 'int', [xs]), executions: 5 });
    const other = cutSeed(ctx, buildTable(), ctx.problem.train, wrong, 1_000).individual;
    expect(other === undefined || other.lets.length === 2).toBe(true);
  });

  it('reads another parameter in the measure by the name the program gives it (a name that is no identifier, renamed by its place)', () => {
    const rule = (xs: number[], target: number): [number[], number[]] => {
      let k = 0;
      while (k < xs.length && xs.slice(0, k).reduce((a, b) => a + b, 0) < target) k++;
      return [xs.slice(0, k), xs.slice(k)];
    };
    const lists = weights(13, 40).map((xs) => xs.map((x) => Math.max(1, Math.round(x))));
    const rows = lists.map((xs, i) => ({ inputs: [xs, (i * 7) % 40], outputs: rule(xs, (i * 7) % 40) }));
    const ctx = new GpContext({ goal: 'Cut it in two.', params: [{ name: 'xs', type: 'int[]' }, { name: 'the target', type: 'int' }], returns: ['int[]', 'int[]'], train: rows, test: [] });
    const found = cutSeed(ctx, buildTable(), ctx.problem.train, nothing, 40_000);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, found.individual!)], table)[0]!;
    for (const xs of weights(17, 20).map((l) => l.map((x) => Math.max(1, Math.round(x))))) {
      table.resetSteps(1e7);
      expect(fn(xs, 25)).toEqual(rule(xs, 25));
    }
  });

  it('spends nothing, and stays a number, where every case is longer than a sample holds', () => {
    const long = weights(19, 12).map((xs) => Array.from({ length: 60 }, (_, i) => xs[i % xs.length]));
    const ctx = new GpContext(problem('float[]', long.map((xs) => [xs, ...balanced(xs)])));
    const found = cutSeed(ctx, buildTable(), ctx.problem.train, nothing, 40_000);
    expect(found.individual).toBeUndefined();
    expect(Number.isFinite(found.executions)).toBe(true);
  });

  it('seeds nothing for outputs that are no cut of a parameter', () => {
    const ctx = new GpContext(problem('int[]', weights(7, 12).map((xs) => [xs, xs, xs])));
    expect(cutSeed(ctx, buildTable(), ctx.problem.train, nothing, 10_000)).toEqual({ executions: 0 });
  });
});
