import { describe, expect, it } from 'vitest';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { programSize } from '../../programs/program-tree.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import { normalize } from '../../programs/tree-ops.js';
import { umadMutation } from './variation.js';

const signature = (params: GpType[], returns: GpType[]): GpProblem => ({
  params: params.map((type, i) => ({ name: `input${i + 1}`, type })),
  returns,
  train: [{ inputs: params.map((t) => (t === 'string' ? 'ab c' : t === 'int[]' ? [1, 2] : 3)), outputs: returns.map(() => 0) }],
  test: [],
});

describe('umadMutation', () => {
  it('makes compilable children that add and delete nodes in balance', () => {
    const table = buildTable();
    for (const problem of [signature(['int'], ['string']), signature(['string', 'int'], ['int[]']), signature(['int[]'], ['int', 'boolean'])]) {
      const ctx = new GpContext(problem);
      const rng = new Rng(3);
      let changed = 0;
      let parentNodes = 0;
      let childNodes = 0;
      for (let i = 0; i < 300; i++) {
        const parent = normalize(randomIndividual(ctx, rng, 4));
        const child = normalize(umadMutation(ctx, rng, parent, parent));
        expect(() => compileProgram(programSource(ctx, child), table)).not.toThrow();
        if (JSON.stringify(child) !== JSON.stringify(parent)) changed++;
        parentNodes += programSize(parent);
        childNodes += programSize(child);
      }
      expect(changed).toBeGreaterThan(60);
      expect(childNodes / parentNodes).toBeGreaterThan(0.8);
      expect(childNodes / parentNodes).toBeLessThan(1.3);
    }
  });
});
