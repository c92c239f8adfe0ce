import { describe, expect, it } from 'vitest';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from '../../programs/evaluate-programs.js';
import { Evaluator } from './evaluator.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { Individual } from '../../programs/program-tree.js';

const double: GpProblem = {
  params: [{ name: 'n', type: 'int' }],
  returns: ['int'],
  train: [1, 2, 3, 4].map((n) => ({ inputs: [n], outputs: [n * 2] })),
  test: [],
};
const twice: Individual = { lets: [], outs: [{ kind: 'call', prim: 'add_int', type: 'int', kids: [{ kind: 'var', type: 'int', name: 'n' }, { kind: 'var', type: 'int', name: 'n' }] }] };
const same: Individual = { lets: [], outs: [{ kind: 'var', type: 'int', name: 'n' }] };

describe('Evaluator', () => {
  it('runs a program posted twice for the same cases once, charging the budget for both', async () => {
    const ctx = new GpContext(double);
    const pool = new EvalPool({ train: toCaseSet(double.train, ctx.returns), test: toCaseSet(double.test, ctx.returns) }, 1);
    const ev = new Evaluator(ctx, pool, { train: 4, test: 0 });
    const cases = Int32Array.from([0, 2]);
    // Both calls are made before either is answered, as a generation is bred and posted in chunks.
    const [first, second] = await Promise.all([ev.errors([twice, same], 'train', cases), ev.errors([same, twice], 'train', cases)]);
    expect(first.map((row) => [...row])).toEqual([[0, 0], [1, 3]]);
    expect(second.map((row) => [...row])).toEqual([[1, 3], [0, 0]]);
    expect(ev.executions).toBe(8);
    expect(ev.ran).toBe(4);
    // Other cases: run again (only the cases known for every chosen column come from the cache).
    await ev.errors([same], 'train', Int32Array.from([0, 1]));
    expect(ev.ran).toBe(6);
    await pool.close();
  });
});
