import type { GpType } from './gp-problem.js';
import type { GpContext, ScopeVar } from './gp-context.js';
import { LIMITS } from './gp-context.js';
import type { GpNode, Individual } from './program-tree.js';
import { letName } from './program-tree.js';
import type { Rng } from '../util/rng.js';

/** Deepest nesting of lambdas (a map inside a fold is depth 2). */
export const MAX_LAMBDA_DEPTH = 2;

/** A random constant of the type, drawn from the problem's pools or a small random range. */
export function randomConst(ctx: GpContext, rng: Rng, type: GpType): GpNode {
  const pools = ctx.constants;
  const preferred = type === 'int' || type === 'float' || type === 'string' ? pools.preferred[type] : [];
  if (preferred.length > 0 && rng.chance(0.3)) return { kind: 'const', type, value: rng.pick<number | string>(preferred) };
  switch (type) {
    case 'int':
      return { kind: 'const', type, value: rng.chance(0.6) ? rng.pick(pools.int) : rng.range(-10, 10) };
    case 'float': {
      const v = rng.chance(0.5) ? rng.pick(pools.float) : Math.round((rng.next() * 20 - 10) * 100) / 100;
      return { kind: 'const', type, value: v === 0 ? 0 : v };
    }
    case 'string':
      return { kind: 'const', type, value: rng.pick(pools.string) };
    case 'boolean':
      return { kind: 'const', type, value: rng.chance(0.5) };
    default:
      return { kind: 'const', type, value: [] };
  }
}

/** A random leaf of the type: usually a variable in scope, otherwise a constant. */
export function randomTerminal(ctx: GpContext, rng: Rng, type: GpType, scope: ScopeVar[]): GpNode {
  const vars = scope.filter((v) => v.type === type);
  if (vars.length > 0 && rng.chance(type.endsWith('[]') ? 0.9 : 0.7)) return { kind: 'var', type, name: rng.pick(vars).name };
  return randomConst(ctx, rng, type);
}

/** Lambda parameters bound by argument i of a call at the given lambda depth. */
export function lambdaScope(ctx: GpContext, prim: string, arg: number, lambdaDepth: number): ScopeVar[] | undefined {
  const spec = ctx.set.get(prim).lambdas?.[arg];
  return spec?.map((l) => ({ name: `${l.prefix}${lambdaDepth + 1}`, type: l.type }));
}

/** Grows a random tree of the type ("grow" picks leaves early at random, "full" only at the depth limit). */
export function randomTree(ctx: GpContext, rng: Rng, type: GpType, scope: ScopeVar[], depth: number, full: boolean, lambdaDepth = 0): GpNode {
  const candidates = ctx.set.returning(type).filter((p) => lambdaDepth < MAX_LAMBDA_DEPTH || !p.lambdas);
  const leaf = depth <= 1 || candidates.length === 0 || (!full && rng.chance(0.3));
  if (leaf) return randomTerminal(ctx, rng, type, scope);
  const p = rng.pick(candidates);
  const kids = p.args.map((argType, i) => {
    const bound = lambdaScope(ctx, p.name, i, lambdaDepth);
    if (!bound) return randomTree(ctx, rng, argType, scope, depth - 1, full, lambdaDepth);
    return randomTree(ctx, rng, argType, [...scope, ...bound], depth - 1, full, lambdaDepth + 1);
  });
  return { kind: 'call', prim: p.name, type, kids };
}

/** Variables visible to binding i (or to the outputs when i = lets.length). */
export function topScope(ctx: GpContext, individual: Individual, upTo: number): ScopeVar[] {
  const lets = individual.lets.slice(0, upTo).map((tree, i) => ({ name: letName(i), type: tree.type }));
  return [...ctx.params, ...lets];
}

/** A random program: a few typed local bindings followed by one tree per output (ramped half-and-half). */
export function randomIndividual(ctx: GpContext, rng: Rng, maxDepth: number = LIMITS.initDepth): Individual {
  const individual: Individual = { lets: [], outs: [] };
  const letCount = rng.int(3);
  for (let i = 0; i < letCount; i++) {
    const type = rng.pick(ctx.types);
    individual.lets.push(randomTree(ctx, rng, type, topScope(ctx, individual, i), rng.range(2, maxDepth), rng.chance(0.5)));
  }
  const scope = topScope(ctx, individual, letCount);
  individual.outs = ctx.returns.map((t) => randomTree(ctx, rng, t, scope, rng.range(2, maxDepth), rng.chance(0.5)));
  return individual;
}
