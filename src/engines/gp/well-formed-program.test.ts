import { describe, expect, it } from 'vitest';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import { wellFormedProgram } from './well-formed-program.js';
import { emitModuleFor } from './emit-module.js';
import { parseProgram } from '../../programs/parse-program.js';

const problem: GpProblem = { params: [{ name: 'xs', type: 'int[]' }, { name: 'n', type: 'int' }], returns: ['int'], train: [{ inputs: [[1, 2], 3], outputs: [6] }], test: [] };
const ctx = new GpContext(problem);
const out = (node: GpNode): Individual => ({ lets: [], outs: [node] });

describe('wellFormedProgram', () => {
  it('accepts every program the engine grows for the problem', () => {
    const rng = new Rng(4);
    const grown = Array.from({ length: 300 }, () => randomIndividual(ctx, rng));
    expect(grown.filter((p) => !wellFormedProgram(ctx, p))).toEqual([]);
  });

  it('refuses names, constants, calls and shapes the engine would never build', () => {
    const lambda = ctx.set.returning('int').find((p) => p.lambdas?.some((l) => l));
    const refused: Individual[] = [
      out({ kind: 'var', type: 'int', name: 'process.exit(1)' }),
      out({ kind: 'var', type: 'int', name: 'xs' }),
      out({ kind: 'var', type: 'int', name: 'v1' }),
      out({ kind: 'const', type: 'int', value: 'a string' }),
      out({ kind: 'const', type: 'int', value: { toString: 1 } as unknown as number }),
      out({ kind: 'call', prim: 'constructor', type: 'int', kids: [] }),
      out({ kind: 'call', prim: 'add_int', type: 'int', kids: [{ kind: 'var', type: 'int', name: 'n' }] }),
      { lets: [], outs: [] },
    ];
    // A lambda's argument is in scope only inside its body.
    const bound = lambda?.lambdas?.find((l) => l)?.[0];
    expect(bound).toBeDefined();
    refused.push(out({ kind: 'var', type: bound?.type ?? 'int', name: `${bound?.prefix}1` }));
    expect(refused.filter((p) => wellFormedProgram(ctx, p))).toEqual([]);
    expect(wellFormedProgram(ctx, out({ kind: 'var', type: 'int', name: 'n' }))).toBe(true);
  });
});

describe('primitives only deductions compose', () => {
  it('are known by name, printed, parsed back and well formed, but never offered to the search', () => {
    expect(ctx.set.byName.has('findIndex_ints')).toBe(true);
    expect(ctx.set.all.some((p) => p.name.startsWith('findIndex'))).toBe(false);
    expect(ctx.set.returning('int').some((p) => p.name.startsWith('findIndex'))).toBe(false);
    const x1: GpNode = { kind: 'var', type: 'int', name: 'x1' };
    const found = out({ kind: 'call', prim: 'findIndex_ints', type: 'int', kids: [{ kind: 'var', type: 'int[]', name: 'xs' }, { kind: 'call', prim: 'lt_int', type: 'boolean', kids: [x1, { kind: 'var', type: 'int', name: 'n' }] }] });
    expect(wellFormedProgram(ctx, found)).toBe(true);
    // Of the wrong type where it stands, it is refused like any call.
    expect(wellFormedProgram(ctx, out({ ...found.outs[0], type: 'boolean' }))).toBe(false);
    expect(parseProgram(emitModuleFor(ctx, found), problem)).toEqual(found);
  });
});
