import type { GpContext } from '../../programs/gp-context.js';
import { Evaluator } from './evaluator.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { programSize } from '../../programs/program-tree.js';
import { randomConst } from '../../programs/random-tree.js';
import type { Rng } from '../../util/rng.js';
import { normalize, positions, repair, replaceAt, roots, withRoot } from '../../programs/tree-ops.js';

/** Whether a tree reads a variable (a parameter, a binding or a loop's). */
const readsVariable = (node: GpNode): boolean => node.kind === 'var' || (node.kind === 'call' && node.kids.some(readsVariable));

/**
 * Smaller variants of a program: a node replaced by a same-typed descendant, a visible variable or (a node that reads
 * no variable) a constant. A node that reads the inputs is never made a constant: the cases' sizes would let
 * `range(xs.length + 1)` become `range(32)`, right on every case and wrong past them.
 */
export function shrinkCandidates(ctx: GpContext, rng: Rng, individual: Individual, count: number): Individual[] {
  const all = positions(ctx, individual).filter((p) => p.node.kind === 'call');
  const size = programSize(individual);
  const out: Individual[] = [];
  for (let i = 0; i < count * 3 && out.length < count && all.length > 0; i++) {
    const at = rng.pick(all);
    // A descendant that reads no variable would make a node that does a constant too.
    const inner = positions(ctx, { lets: [], outs: [at.node] }).filter((p) => p.path.length > 0 && p.node.type === at.node.type && (readsVariable(p.node) || !readsVariable(at.node)));
    const vars = at.scope.filter((v) => v.type === at.node.type);
    let node: GpNode;
    const r = rng.next();
    if (inner.length > 0 && r < 0.6) node = repair(ctx, rng, rng.pick(inner).node, at.scope, at.lambdaDepth);
    else if (vars.length > 0 && (r < 0.85 || readsVariable(at.node))) node = { kind: 'var', type: at.node.type, name: rng.pick(vars).name };
    else if (!readsVariable(at.node)) node = randomConst(ctx, rng, at.node.type);
    else continue;
    const child = normalize(withRoot(individual, at.root, replaceAt(roots(individual)[at.root], at.path, node)));
    if (programSize(child) < size) out.push(child);
  }
  return out;
}

/** Greedily shrinks a program that passes every train case while it keeps passing them all (automatic simplification). */
export async function simplify(ctx: GpContext, rng: Rng, evaluator: Evaluator, individual: Individual, rounds = 40): Promise<Individual> {
  let best = individual;
  let idle = 0;
  const all = evaluator.all('train');
  for (let round = 0; round < rounds && idle < 6; round++) {
    const candidates = shrinkCandidates(ctx, rng, best, 24);
    if (candidates.length === 0) break;
    const rows = await evaluator.errors(candidates, 'train', all);
    let found: Individual | undefined;
    rows.forEach((row, i) => {
      if (Evaluator.perfect(row) && (!found || programSize(candidates[i]) < programSize(found))) found = candidates[i];
    });
    if (found) {
      best = found;
      idle = 0;
    } else idle++;
  }
  return best;
}
