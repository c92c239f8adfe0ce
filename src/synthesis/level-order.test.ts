import { describe, expect, it } from 'vitest';
import { enumeratePrograms } from './enumerate-programs.js';
import type { Found } from './enumerate-programs.js';
import { SEED_ENUMERATION } from './enumeration-seeds.js';
import { levelOrder } from './level-order.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { call, literal, variable } from '../programs/program-tree.js';

const pairs: [string, number][] = [['ab', 3], ['x', 1], ['cp', 4], ['qb', 6], ['wmr', 6], ['gchd', 3], ['f', 4], ['zilqm', 3], ['brjn', 2], ['qzvcp', 1], ['vt', 6], ['nregm', 3]];
const words = pairs.map(([w]) => w);
const dashes: GpProblem = {
  goal: 'Repeat a word n times, separated by dashes ("ab", 3 gives "ab-ab-ab").',
  params: [{ name: 's', type: 'string' }, { name: 'n', type: 'int' }],
  returns: ['string'],
  train: pairs.map(([s, n]) => ({ inputs: [s, n], outputs: [Array.from({ length: n }, () => s).join('-')] })),
  test: [],
};

describe('the order a size is read in', () => {
  it('reads first the texts that hold the output or that it holds in every case, then literal users, then the rest', () => {
    const ctx = new GpContext(dashes);
    const s = variable('string', 's');
    const found = (node: Found['node'], values: string[]): Found => ({ node, size: 3, values });
    const outputs = dashes.train.map((c) => c.outputs[0] as string);
    const upper = found(call('upper', 'string', [s]), words.map((w) => w.toUpperCase()));
    const dashed = found(call('cat_string', 'string', [literal('string', '-'), s]), words.map((w) => `-${w}`));
    const holding = found(call('cat_string', 'string', [literal('string', '-'), s]), outputs.map((o) => `-${o}`));
    // Held by the output in most cases but not in every one: no nearer than any other.
    const most = found(call('rest_string', 'string', [s]), words.map((w, i) => (i === 1 ? 'nope' : w.slice(1) || w)));
    // Holding the output in every case, longer by at most half: near, read first.
    const order = levelOrder(ctx, dashes.train)([most, upper, dashed, holding]);
    expect(order[0]).toBe(holding);
    expect(order.slice(1)).toEqual(expect.arrayContaining([most, upper, dashed]));
    // Held by the output in all cases but one, or holding it with far more beside it (as `3FizzBuzz` holds every answer
    // of FizzBuzz), or held by it while far shorter (`-ab` in `ab-ab-ab`): not near, after a near one whatever the order.
    const far = found(call('cat_string', 'string', [s, literal('string', '-many-more-characters-')]), outputs.map((o) => `${o}-many-more-characters-`));
    for (const other of [most, far, dashed]) expect(levelOrder(ctx, dashes.train)([other, holding])).toEqual([holding, other]);
  });

  it('reaches a text one step from one that holds the output (the repeated word with its dashes, less the first)', { timeout: 120_000 }, () => {
    const ctx = new GpContext(dashes);
    let exact: Found | undefined;
    const wanted = JSON.stringify(dashes.train.map((c) => c.outputs[0]));
    enumeratePrograms(ctx, dashes.train, SEED_ENUMERATION, (f) => {
      if (JSON.stringify(f.values) === wanted) exact = f;
      return exact !== undefined;
    });
    expect(exact?.size).toBeLessThanOrEqual(6);
  });
});
