import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { enumerationSeeds } from './enumeration-seeds.js';
import { fieldsSeed } from './fields-seed.js';
import type { Solve } from './part-seeds.js';
import { Rng } from '../util/rng.js';

const clock = (n: number): string => `${Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}`;

function problemOf(outputOf: (n: number) => string, seed: number): GpProblem {
  const rng = new Rng(seed);
  const train: ExampleCase[] = Array.from({ length: 40 }, () => rng.range(0, 5000)).map((n) => ({ inputs: [n], outputs: [outputOf(n)] }));
  const goal = 'Show a number of seconds as minutes and seconds, "m:ss" (60 seconds to a minute).';
  return { goal, params: [{ name: 'seconds', type: 'int' }], returns: ['string'], train, test: [] };
}

describe('fieldsSeed', () => {
  it('prints each number the stage finds between the fixed texts, padded as the outputs are', () => {
    const p = problemOf(clock, 3);
    const ctx = new GpContext(p);
    const { seeds } = enumerationSeeds(ctx, p.train, 5, 150_000);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, seeds[0])], table)[0]!;
    // Beyond the cases: every number of seconds up to two hours.
    for (let n = 0; n <= 7200; n += 7) {
      table.resetSteps(1e6);
      expect(fn(n), `n = ${n}`).toBe(clock(n));
    }
    expect(programSource(ctx, seeds[0])).toContain('padStart(');
  });

  it('seeds each field as a problem of its own and stops at the first one nothing is found for', () => {
    // Hours and minutes from minutes, wrapping at 24 hours, printed "HH:MM".
    const p = problemOf((n) => `${String(Math.floor(n / 60) % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`, 5);
    const ctx = new GpContext(p);
    const asked: unknown[][] = [];
    const none: Solve = (sub) => (asked.push(sub.problem.train.map((c) => c.outputs[0])), { executions: 7 });
    expect(fieldsSeed(ctx, buildTable(), p.train, none)).toEqual({ executions: 7 });
    expect(asked).toEqual([p.train.map((c) => Math.floor((c.inputs[0] as number) / 60) % 24)]);
  });

  it('is not tried where the outputs are not fielded texts', () => {
    const p = problemOf((n) => (n % 2 ? 'odd' : 'even'), 1);
    const never: Solve = () => {
      throw new Error('no field to seed');
    };
    expect(fieldsSeed(new GpContext(p), buildTable(), p.train, never)).toEqual({ executions: 0 });
  });
});
