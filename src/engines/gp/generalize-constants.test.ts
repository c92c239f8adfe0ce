import { describe, expect, it } from 'vitest';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { buildTable, programSource } from '../../programs/compile-program.js';
import { compilePrograms } from '../../programs/compile-programs.js';
import { printNode } from '../../programs/print-program.js';
import type { GpNode } from '../../programs/program-tree.js';
import { generalizedConstants, GENERALIZE_LIMIT } from './generalize-constants.js';

const k = (value: number): GpNode => ({ kind: 'const', type: 'int', value });
const v = (name: string, type: GpNode['type']): GpNode => ({ kind: 'var', type, name });
const call = (prim: string, type: GpNode['type'], ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
const problem = (goal: string): GpProblem => ({ goal, params: [{ name: 'xs', type: 'int[]' }, { name: 'n', type: 'int' }], returns: ['int[]'], train: [], test: [] });

describe('generalizedConstants', () => {
  // Each number times its position, bounded by 12 where the cases' lists have 10 elements at most.
  const bounded = call('zip_ints', 'int[]', v('xs', 'int[]'), call('range_int', 'int[]', k(12)), call('mul_int', 'int', v('x1', 'int'), v('y1', 'int')));

  it('offers the literal replaced by each whole-number parameter and each length, and the length version is general', () => {
    const ctx = new GpContext(problem('Multiply each number by its position.'));
    const rewrites = generalizedConstants(ctx, { lets: [], outs: [bounded] });
    expect(rewrites.map((r) => printNode(ctx, r.outs[0], false, new Set()))).toEqual([
      'charged(zipWith(xs, charged(range(xs.length)), (x1, y1) => x1 * y1))',
      'charged(zipWith(xs, charged(range(n)), (x1, y1) => x1 * y1))',
    ]);
    const table = buildTable();
    const [literal, length] = compilePrograms([bounded, rewrites[0].outs[0]].map((out) => programSource(ctx, { lets: [], outs: [out] })), table);
    const xs = Array.from({ length: 15 }, (_, i) => i + 1);
    table.resetSteps(1e6);
    expect(literal!(xs, 0)).toHaveLength(12);
    table.resetSteps(1e6);
    expect(length!(xs, 0)).toEqual(xs.map((x, i) => x * i));
  });

  it('leaves 0, 1, 2, numbers the goal names, and non-integers alone, and offers at most the limit', () => {
    const ctx = new GpContext(problem('Keep the first 12 numbers.'));
    expect(generalizedConstants(ctx, { lets: [], outs: [bounded] })).toEqual([]);
    const small = new GpContext(problem('Anything.'));
    const structural = call('slice2_ints', 'int[]', v('xs', 'int[]'), k(0), call('add_int', 'int', k(2), k(-1)));
    expect(generalizedConstants(small, { lets: [], outs: [structural] })).toEqual([]);
    const many = call('range_int', 'int[]', Array.from({ length: 30 }, (_, i) => k(10 + i)).reduce((a, b) => call('add_int', 'int', a, b)));
    expect(generalizedConstants(small, { lets: [], outs: [many] })).toHaveLength(GENERALIZE_LIMIT);
  });

  it('rewrites literals in bindings too, keeping the other trees as they are', () => {
    const ctx = new GpContext(problem('Anything.'));
    const rewrites = generalizedConstants(ctx, { lets: [call('range_int', 'int[]', k(12))], outs: [v('v1', 'int[]')] });
    expect(rewrites).toHaveLength(2);
    expect(rewrites[0].outs).toEqual([v('v1', 'int[]')]);
    expect(rewrites[0].lets[0]).toEqual(call('range_int', 'int[]', call('len_ints', 'int', v('xs', 'int[]'))));
  });
});
