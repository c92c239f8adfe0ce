import type { GpContext } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { call } from '../../programs/program-tree.js';
import { tag } from '../../primitives/primitive.js';
import { positions, replaceAt, roots, withRoot } from '../../programs/tree-ops.js';

/** Most rewrites offered (each scored on every case): one literal replaced by one expression of the inputs each. */
export const GENERALIZE_LIMIT = 24;

/** Expressions of the inputs a literal may stand for: a whole-number parameter, a text's or a list's length. */
function inputMeasures(ctx: GpContext): GpNode[] {
  return ctx.params.flatMap((p): GpNode[] => {
    const v: GpNode = { kind: 'var', type: p.type, name: p.name };
    if (p.type === 'int') return [v];
    const length = p.type === 'string' ? 'len_string' : `len_${tag(p.type)}`;
    return (p.type === 'string' || p.type.endsWith('[]')) && ctx.set.byName.has(length) ? [call(length, 'int', [v])] : [];
  });
}

/**
 * Rewrites of a program with one whole-number literal that the goal does not name and that is not 0, 1 or 2 (which
 * are structure) replaced by an expression of the inputs: a bound the cases' sizes happen to fit (`range(12)` where no
 * list has more than 10 elements) becomes the list's length. The caller keeps the first rewrite scoring no worse on
 * every train and test case; the literal stays where none does.
 */
export function generalizedConstants(ctx: GpContext, ind: Individual): Individual[] {
  const named = new Set(ctx.constants.preferred.int);
  const eligible = (n: GpNode): boolean => n.kind === 'const' && n.type === 'int' && typeof n.value === 'number' && Math.abs(n.value) >= 3 && !named.has(n.value);
  const measures = inputMeasures(ctx);
  const trees = roots(ind);
  return positions(ctx, ind)
    .filter((p) => eligible(p.node))
    .flatMap((p) => measures.map((m) => withRoot(ind, p.root, replaceAt(trees[p.root], p.path, m))))
    .slice(0, GENERALIZE_LIMIT);
}
