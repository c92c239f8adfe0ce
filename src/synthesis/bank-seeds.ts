import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { Individual } from '../programs/program-tree.js';
import { lexicaseSeeds } from '../selection/lexicase-seeds.js';
import { Rng } from '../util/rng.js';
import type { Found } from './enumerate-programs.js';

/** Seed of the lexicase picks among the enumerated expressions. */
const SEED_PICKS = 1;

/**
 * Seeds chosen for diversity over the cases rather than by total error alone (lexicase-seeds.ts); the same fixed
 * stream each time, since the cases are already a per-run sample. A solution is only looked for with one output.
 */
export function bankSeeds(ctx: GpContext, bank: Map<GpType, Found[]>, solution: Found | undefined, used: ExampleCase[], count: number): Individual[] {
  const best = ctx.returns.map((type, k) => {
    // The expression exact on every case leads: a smaller one within the float tolerance on these cases only has the
    // same (zero) errors here, and of equal rows lexicaseSeeds keeps the first.
    const list = solution ? [solution, ...(bank.get(type) ?? []).filter((f) => f !== solution)] : (bank.get(type) ?? []);
    const errors = list.map((f) => used.map((c, i) => caseError(type, f.values[i], c.outputs[k])));
    const epsilon = type.startsWith('float');
    return lexicaseSeeds(errors, list.map((f) => f.size), count, epsilon, new Rng(SEED_PICKS)).map((i) => list[i].node);
  });
  if (best.some((list) => list.length === 0)) return [];
  return Array.from({ length: Math.min(count, Math.max(...best.map((l) => l.length))) }, (_, j) => ({
    lets: [],
    outs: best.map((list) => list[Math.min(j, list.length - 1)]),
  }));
}

/** Total error of found values against one output column of the cases (the PSB error per case). */
export function outputError(found: Found, cases: ExampleCase[], output: number, type: GpType): number {
  let total = 0;
  for (let i = 0; i < cases.length; i++) total += caseError(type, found.values[i], cases[i].outputs[output]);
  return total;
}
