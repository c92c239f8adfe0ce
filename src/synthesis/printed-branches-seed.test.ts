import { describe, expect, it } from 'vitest';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { enumerationSeeds } from './enumeration-seeds.js';
import { printedBranchesSeed } from './printed-branches-seed.js';
import type { Solve } from './part-seeds.js';
import { Rng } from '../util/rng.js';

// A basket's message: none picked, more than 30 picked, or the sum of the prices printed.
const message = (xs: number[]): string => (xs.length === 0 ? 'Nothing picked' : xs.length > 30 ? 'Too many items' : `Total: ${xs.reduce((a, b) => a + b, 0)} cents`);

function basket(seed: number, count: number): number[][] {
  const rng = new Rng(seed);
  return [[], ...Array.from({ length: count - 1 }, () => Array.from({ length: rng.range(1, 45) }, () => rng.range(1, 500)))];
}

describe('printedBranchesSeed', () => {
  it('unifies the printed result and the fixed answers into a conditional right beyond the cases', () => {
    const train = basket(4, 60).map((xs) => ({ inputs: [xs], outputs: [message(xs)] }));
    const p: GpProblem = { params: [{ name: 'prices', type: 'int[]' }], returns: ['string'], train, test: [] };
    const ctx = new GpContext(p);
    const { seeds } = enumerationSeeds(ctx, train, 5, 150_000);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, seeds[0])], table)[0]!;
    for (const xs of [...basket(9, 300), Array.from({ length: 31 }, () => 2), Array.from({ length: 30 }, () => 2), [7]]) {
      table.resetSteps(1e6);
      expect(fn(xs), JSON.stringify(xs)).toBe(message(xs));
    }
    // The empty basket's answer is read from its own condition, not one that holds on these cases by chance.
    expect(programSource(ctx, seeds[0])).toContain('prices.length === 0');
  });

  it('is not tried where every output is printed the same way, nor where the printed part is not found', () => {
    const lengths = basket(5, 40);
    const printedAll: GpProblem = { params: [{ name: 'xs', type: 'int[]' }], returns: ['string'], train: lengths.map((xs) => ({ inputs: [xs], outputs: [`n=${xs.length}`] })), test: [] };
    const never: Solve = () => {
      throw new Error('not a printed result beside fixed answers');
    };
    expect(printedBranchesSeed(new GpContext(printedAll), buildTable(), printedAll.train, never, 1000, 12)).toEqual({ executions: 0 });
    const p: GpProblem = { params: [{ name: 'xs', type: 'int[]' }], returns: ['string'], train: lengths.map((xs) => ({ inputs: [xs], outputs: [message(xs)] })), test: [] };
    expect(printedBranchesSeed(new GpContext(p), buildTable(), p.train, () => ({ executions: 3 }), 1000, 12)).toEqual({ executions: 3 });
  });
});
