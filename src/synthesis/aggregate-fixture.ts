import { aggregateSeed } from './aggregate-seed.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';

/** A problem for aggregate deduction's tests: its parameters, output type, reference and (optionally) goal. */
export interface AggregateCase {
  params: { name: string; type: GpType }[];
  returns: GpType;
  f: (...args: never[]) => unknown;
  goal?: string;
}

/**
 * Finds an aggregate on the `train` inputs (outputs from `f`) within `budget` executions, then runs the composed
 * program on `unseen` inputs (longer lists, wider ranges) against `f`: numbers within 1e-6, anything else exactly.
 * False where none is found or one fails an unseen input.
 */
export function aggregateGeneralises(c: AggregateCase, train: unknown[][], unseen: unknown[][], budget: number): boolean {
  const f = c.f as (...args: unknown[]) => unknown;
  const cases = train.map((inputs) => ({ inputs, outputs: [f(...inputs)] }));
  const ctx = new GpContext({ goal: c.goal, params: c.params, returns: [c.returns], train: cases, test: [] });
  const { node } = aggregateSeed(ctx, buildTable(), cases, budget);
  if (!node) return false;
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0]!;
  return unseen.every((args) => {
    table.resetSteps(1e7);
    const [got, want] = [fn(...args), f(...args)];
    return typeof want === 'number' ? Math.abs((got as number) - want) < 1e-6 : got === want;
  });
}
