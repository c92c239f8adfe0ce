import type { GpType } from './gp-api.js';
import type { GpContext, ScopeVar } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { lambdaScope, topScope } from '../../programs/random-tree.js';

/** Bounds no program of the engine comes near (its own limits are far tighter); they only stop a forged tree early. */
const MAX_LETS = 64;
const MAX_NODES = 5_000;
const MAX_DEPTH = 64;

const SCALAR: Record<GpType, (v: unknown) => boolean> = {
  int: (v) => typeof v === 'number',
  float: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  'int[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'number'),
  'float[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'number'),
  'string[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
};

/**
 * Whether a program is one the engine could have built for this problem: every call a primitive of the problem's set
 * with its arity and types, every variable one in scope there (a parameter, an earlier binding, a lambda's argument),
 * every constant of its type, one tree per output. A program from elsewhere (an island epoch run on a worker) is
 * printed into code and run, so a name or constant outside these rules must never reach the printer.
 */
export function wellFormedProgram(ctx: GpContext, individual: Individual): boolean {
  let nodes = 0;
  const check = (node: GpNode, type: GpType, scope: ScopeVar[], lambdaDepth: number, depth: number): boolean => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || node.type !== type) return false;
    if (node.kind === 'const') return (SCALAR[type] ?? (() => false))(node.value);
    if (node.kind === 'var') return scope.some((v) => v.name === node.name && v.type === type);
    if (node.kind !== 'call' || typeof node.prim !== 'string' || !Array.isArray(node.kids)) return false;
    const p = ctx.set.byName.get(node.prim);
    if (!p || p.ret !== type || node.kids.length !== p.args.length) return false;
    return node.kids.every((kid, i) => {
      const bound = lambdaScope(ctx, p.name, i, lambdaDepth);
      return bound ? check(kid, p.args[i], [...scope, ...bound], lambdaDepth + 1, depth + 1) : check(kid, p.args[i], scope, lambdaDepth, depth + 1);
    });
  };
  const { lets, outs } = individual;
  if (!Array.isArray(lets) || !Array.isArray(outs) || lets.length > MAX_LETS || outs.length !== ctx.returns.length) return false;
  const letsOk = lets.every((tree, i) => Object.hasOwn(SCALAR, tree?.type) && check(tree, tree.type, topScope(ctx, individual, i), 0, 1));
  return letsOk && outs.every((tree, i) => check(tree, ctx.returns[i], topScope(ctx, individual, lets.length), 0, 1));
}
