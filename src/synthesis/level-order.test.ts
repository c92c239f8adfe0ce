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
  it('reads first the texts that hold the output or that it holds in every case, close in length', () => {
    const ctx = new GpContext(dashes);
    const s = variable('string', 's');
    const dash = literal('string', '-');
    // Every expression uses the same literal, so only nearness tells them apart; the rest keep their order.
    const found = (values: string[]): Found => ({ node: call('cat_string', 'string', [dash, s]), size: 3, values });
    const outputs = dashes.train.map((c) => c.outputs[0] as string);
    const holding = found(outputs.map((o) => `-${o}`));
    const held = found(outputs.map((o) => (o.length > 1 ? o.slice(1) : o)));
    const upper = found(words.map((w) => w.toUpperCase()));
    // Held by the output, close in length, in all cases but one.
    const most = found(outputs.map((o, i) => (i === 3 ? o.toUpperCase() : o.slice(1))));
    // Holding it with far more beside it (as `3FizzBuzz` holds every answer of FizzBuzz), or held while far shorter.
    const far = found(outputs.map((o) => `${o}-many-more-characters-`));
    const short = found(words.map((w) => `-${w}`));
    const order = levelOrder(ctx, dashes.train)([upper, most, holding, far, held, short]);
    expect(order).toEqual([holding, held, upper, most, far, short]);
    // Equal to the output in some cases (an empty answer and an empty text) is near there; equal in every case is not near.
    const empty: GpProblem = { ...dashes, train: [...dashes.train, { inputs: ['', 0], outputs: [''] }] };
    const withEmpty = found([...(holding.values as string[]), '']);
    expect(levelOrder(new GpContext(empty), empty.train)([found([...(upper.values as string[]), 'x']), withEmpty])[0]).toBe(withEmpty);
    expect(levelOrder(ctx, dashes.train)([upper, found(outputs)])[0]).toBe(upper);
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
