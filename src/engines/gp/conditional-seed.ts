import type { ExampleCase } from '../../directive/directive.js';
import type { PrimitiveTable } from './compile-program.js';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import { exactOnAll } from './exact-check.js';
import type { GpType } from './gp-api.js';
import { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import { unifyConditional } from './unify-conditional.js';

/** Candidates the enumeration of conditions may try: a small share beside the enumeration it follows. */
export const CONDITION_CANDIDATES = 40_000;

/**
 * A conditional exact on every case, when the enumeration found no single expression: conditions are enumerated on
 * their own (the enumeration of a non-boolean output keeps only what can reach it, and a comparison cannot without a
 * conditional), then unified with the enumeration's expressions (unify-conditional.ts) and checked on every case.
 */
export function conditionalSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[], candidates: number): { node?: GpNode; executions: number } {
  const ran = { count: 0 };
  if (ctx.returns.length !== 1 || candidates <= 0) return { executions: 0 };
  let joined = bank;
  let executions = 0;
  if (ctx.returns[0] !== 'boolean') {
    const asks = new GpContext({ ...ctx.problem, returns: ['boolean'], train: used, test: [] }, ctx.constants);
    const limits = { maxSize: 7, maxCandidates: Math.min(candidates, CONDITION_CANDIDATES), perPrimitive: 500, perType: 5_000, maxBytes: Infinity };
    const found = enumeratePrograms(asks, used, limits);
    executions += found.executions;
    joined = new Map([...bank, ['boolean', found.bank.get('boolean') ?? []]]);
  }
  const node = unifyConditional(joined, ctx.returns[0], used).find((n) => exactOnAll(ctx, table, n, cases, ran));
  return { node, executions: executions + ran.count };
}
