import { describe, expect, it } from 'vitest';
import { GpContext } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { call, literal } from '../../programs/program-tree.js';
import { Rng } from '../../util/rng.js';
import { shrinkCandidates } from './simplify.js';

const constants = (node: GpNode): unknown[] => (node.kind === 'const' ? [node.value] : node.kind === 'call' ? node.kids.flatMap(constants) : []);

describe('shrinkCandidates', () => {
  it('never makes a node that reads the inputs a constant (range(xs.length + 1) must not become range(32))', () => {
    const ctx = new GpContext({ params: [{ name: 'xs', type: 'int[]' }], returns: ['int[]'], train: [{ inputs: [[1, 2]], outputs: [[0, 1, 2]] }], test: [] });
    const xs: GpNode = { kind: 'var', type: 'int[]', name: 'xs' };
    const program: Individual = { lets: [], outs: [call('range_int', 'int[]', [call('add_int', 'int', [call('len_ints', 'int', [xs]), literal('int', 1)])])] };
    const rng = new Rng(3);
    let seen = 0;
    for (let round = 0; round < 50; round++) {
      for (const child of shrinkCandidates(ctx, rng, program, 24)) {
        seen++;
        expect(constants(child.outs[0]).every((c) => c === 1)).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
