import { describe, expect, it } from 'vitest';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { Individual } from '../../programs/program-tree.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import { MAX_LINE, splitLongLines } from './split-long-lines.js';
import { normalize } from '../../programs/tree-ops.js';

const problem: GpProblem = { params: [{ name: 's', type: 'string' }, { name: 'n', type: 'int' }], returns: ['string', 'int'], train: [], test: [] };
const ctx = new GpContext(problem);
const table = buildTable();
const run = (p: Individual, inputs: unknown[]): string => {
  table.resetSteps();
  try {
    return JSON.stringify(compileProgram(programSource(ctx, p), table)(...inputs));
  } catch (error) {
    return (error as Error).message;
  }
};

describe('splitLongLines', () => {
  it('breaks long statements into bindings that compute the same values', () => {
    const rng = new Rng(11);
    let split = 0;
    for (let i = 0; i < 150; i++) {
      const p = normalize(randomIndividual(ctx, rng, 7));
      const q = splitLongLines(ctx, p);
      if (q.lets.length > p.lets.length) split++;
      for (const inputs of [['ab cD', 3], ['', -2], ['x y z', 40]]) expect(run(q, inputs)).toBe(run(p, inputs));
      const lines = emitModuleFor(ctx, q).split('\n');
      const long = lines.filter((l) => l.length > MAX_LINE);
      // Only a lambda body too long to split may stay long.
      for (const line of long) expect(line).toMatch(/=>/);
    }
    expect(split).toBeGreaterThan(10);
  });
});
