import { describe, expect, it } from 'vitest';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import { emitModuleFor } from './emit-module.js';
import { enumerationSeeds, seedCandidates } from '../../synthesis/enumeration-seeds.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { GpNode } from '../../programs/program-tree.js';
import { printNode } from '../../programs/print-program.js';
import { runModule } from '../../../tests/support/run-module.js';

const amount: GpNode = { kind: 'var', type: 'float', name: 'amount' };
const places: GpNode = { kind: 'var', type: 'int', name: 'places' };

describe('fixed-decimals formatting (toFixed)', () => {
  it('is bounded the same way in the engine and in the emitted module', () => {
    const problem: GpProblem = { params: [{ name: 'amount', type: 'float' }, { name: 'places', type: 'int' }], returns: ['string'], train: [], test: [] };
    const ctx = new GpContext(problem);
    const individual = { lets: [], outs: [{ kind: 'call', prim: 'toFixed_float', type: 'string', kids: [amount, places] } as GpNode] };
    const table = buildTable();
    const engine = compileProgram(programSource(ctx, individual), table);
    const emitted = runModule(emitModuleFor(ctx, individual));
    // Digits outside 0–10 are cut to the bound; a non-finite amount prints as itself.
    const cases: [number, number, string][] = [[12.5, 2, '12.50'], [5, 2, '5.00'], [1.005, 1, '1.0'], [-3.14159, 3, '-3.142'], [7, -4, '7'], [2, 50, '2.0000000000'], [Infinity, 2, 'Infinity']];
    for (const [a, d, text] of cases) {
      table.resetSteps(1e6);
      expect(engine(a, d)).toBe(text);
      expect(emitted(a, d)).toBe(text);
    }
  });

  it('lets the enumeration write an amount as money from the cases alone', () => {
    const amounts = [5, 12.5, 0.1, 99.99, 1234.56, 0, 3.2, 40.05, 7.5, 18];
    const problem: GpProblem = { params: [{ name: 'amount', type: 'float' }], returns: ['string'], train: amounts.map((a) => ({ inputs: [a], outputs: [`$${a.toFixed(2)}`] })), test: [] };
    const ctx = new GpContext(problem);
    const { seeds } = enumerationSeeds(ctx, problem.train, 1, seedCandidates(10_000_000, problem.train.length));
    expect(seeds.length).toBeGreaterThan(0);
    expect(printNode(ctx, seeds[0].outs[0], true, new Set())).toBe('("$" + fixed(amount, 2))');
  });
});
