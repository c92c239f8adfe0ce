import { describe, expect, it } from 'vitest';
import { runModule } from '../../../tests/support/run-module.js';
import { emitModule } from './emit-module.js';
import { enumerationSeeds } from '../../synthesis/enumeration-seeds.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { printNode } from '../../programs/print-program.js';
import { Rng } from '../../util/rng.js';

function seeded(problem: GpProblem): { text: string; fn: (...args: unknown[]) => unknown } {
  const ctx = new GpContext(problem);
  const { seeds } = enumerationSeeds(ctx, problem.train, 5, 150_000);
  return { text: printNode(ctx, seeds[0].outs[0], false, new Set()), fn: runModule(emitModule(seeds[0], problem)) as (...args: unknown[]) => unknown };
}

/** Months until a loan is paid off: interest added, then the payment taken away, until nothing is owed. */
function months(principal: number, rate: number, payment: number): number {
  let n = 0;
  for (let owed = principal; owed > 0; n++) owed = owed * (1 + rate) - payment;
  return n;
}

describe('how many times a quantity is multiplied and increased until it reaches a bound', () => {
  const rng = new Rng(9);
  const params: GpProblem['params'] = [{ name: 'principal', type: 'float' }, { name: 'rate', type: 'float' }, { name: 'payment', type: 'float' }];
  const row = (): number[] => [Math.round(100_000 + rng.next() * 900_000) / 100, Math.round(5 + rng.next() * 150) / 10_000, Math.round(20_000 + rng.next() * 30_000) / 100];
  const problem = (goal: string): GpProblem => {
    const train = Array.from({ length: 60 }, row).map((xs) => ({ inputs: xs, outputs: [months(xs[0], xs[1], xs[2])] }));
    return { name: 'payoff', goal, params, returns: ['int'], train, test: [] };
  };

  it('finds the months until a loan is paid off where the goal asks for such a loop, and it generalises', () => {
    const { text, fn } = seeded(problem('How many months does it take until the loan is paid off? Each month interest is added, then the payment is taken away.'));
    expect(text).toMatch(/^timesUntil\(principal, \(x1\) => x1 <= 0, \(x1\) => \(x1 \* \((rate \+ 1|1 \+ rate)\)\) - payment\)$/);
    // Beyond the cases: a loan ten times larger, paid off over years.
    expect(fn(80_000, 0.004, 900)).toBe(months(80_000, 0.004, 900));
  });

  it('is not offered where the goal does not ask for a loop until a condition', () => {
    expect(seeded(problem('Map the inputs to the outputs.')).text).not.toContain('timesUntil');
  });
});
