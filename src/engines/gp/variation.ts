import type { GpContext } from '../../programs/gp-context.js';
import { LIMITS } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { letName, programSize, treeDepth, treeSize } from '../../programs/program-tree.js';
import { randomConst, randomTerminal, randomTree } from '../../programs/random-tree.js';
import type { Rng } from '../../util/rng.js';
import type { Position } from '../../programs/tree-ops.js';
import { normalize, positions, repair, replaceAt, roots, withRoot } from '../../programs/tree-ops.js';

/** A variation operator: makes a child from one parent (and a second parent for crossover). */
export type Operator = (ctx: GpContext, rng: Rng, a: Individual, b: Individual) => Individual;

/** A random position, internal nodes preferred 9 to 1 (Koza's rule: leaf picks make tiny, mostly neutral changes). */
function pickPoint(rng: Rng, all: Position[]): Position {
  const inner = all.filter((p) => p.node.kind === 'call');
  return inner.length > 0 && rng.chance(0.9) ? rng.pick(inner) : rng.pick(all);
}

function put(a: Individual, at: Position, node: GpNode): Individual {
  return withRoot(a, at.root, replaceAt(roots(a)[at.root], at.path, node));
}

/** Replaces a random subtree with a freshly grown one of the same type. */
export const subtreeMutation: Operator = (ctx, rng, a) => {
  const at = pickPoint(rng, positions(ctx, a));
  return put(a, at, randomTree(ctx, rng, at.node.type, at.scope, rng.range(1, 4), false, at.lambdaDepth));
};

/** Size-neutral mutation: replaces a subtree with a random one of about the same size. */
export const sizeFairMutation: Operator = (ctx, rng, a) => {
  const at = rng.pick(positions(ctx, a));
  const size = treeSize(at.node);
  let best = randomTree(ctx, rng, at.node.type, at.scope, 3, false, at.lambdaDepth);
  for (let i = 0; i < 8 && Math.abs(treeSize(best) - size) > size / 2; i++) {
    best = randomTree(ctx, rng, at.node.type, at.scope, Math.min(6, treeDepth(at.node) + 1), false, at.lambdaDepth);
  }
  return put(a, at, best);
};

/** Swaps in a subtree of the same type from the other parent, rebinding variables it cannot see. */
export const crossover: Operator = (ctx, rng, a, b) => {
  const at = pickPoint(rng, positions(ctx, a));
  const donors = positions(ctx, b).filter((p) => p.node.type === at.node.type);
  if (donors.length === 0) return subtreeMutation(ctx, rng, a, b);
  return put(a, at, repair(ctx, rng, pickPoint(rng, donors).node, at.scope, at.lambdaDepth));
};

/** Changes one node's operation (same signature) or leaf, keeping its children. */
export const pointMutation: Operator = (ctx, rng, a) => {
  const at = rng.pick(positions(ctx, a));
  const node = at.node;
  if (node.kind !== 'call') return put(a, at, randomTerminal(ctx, rng, node.type, at.scope));
  const p = ctx.set.get(node.prim);
  const same = ctx.set
    .returning(node.type)
    .filter((q) => q.args.length === p.args.length && q.args.every((t, i) => t === p.args[i]) && JSON.stringify(q.lambdas) === JSON.stringify(p.lambdas));
  return put(a, at, { ...node, prim: rng.pick(same).name });
};

/** Perturbs one constant: small steps for numbers, another pool value for strings, a flip for booleans. */
export const constantMutation: Operator = (ctx, rng, a) => {
  const consts = positions(ctx, a).filter((p) => p.node.kind === 'const');
  if (consts.length === 0) return pointMutation(ctx, rng, a, a);
  const at = rng.pick(consts);
  const node = at.node as GpNode & { kind: 'const' };
  if (typeof node.value === 'number') {
    const v = node.value;
    const r = rng.next();
    if (r < 0.25) return put(a, at, randomConst(ctx, rng, node.type));
    const scale = r < 0.65 ? 2 : Math.max(2, Math.abs(v) / 4);
    const step = (rng.next() * 2 - 1) * scale;
    const value = node.type === 'int' ? v + (Math.round(step) || rng.pick([-1, 1])) : Math.round((v + step) * 100) / 100;
    return put(a, at, { ...node, value: value === 0 ? 0 : value });
  }
  if (typeof node.value === 'boolean') return put(a, at, { ...node, value: !node.value });
  return put(a, at, randomConst(ctx, rng, node.type));
};

/** Replaces a node by one of its descendants of the same type (shrinks programs). */
export const hoistMutation: Operator = (ctx, rng, a) => {
  const all = positions(ctx, a);
  const at = rng.pick(all);
  const inner = all.filter(
    (p) => p.root === at.root && p.path.length > at.path.length && at.path.every((v, i) => p.path[i] === v) && p.node.type === at.node.type,
  );
  if (inner.length === 0) return subtreeMutation(ctx, rng, a, a);
  return put(a, at, repair(ctx, rng, rng.pick(inner).node, at.scope, at.lambdaDepth));
};

/** Moves a subtree of an output into a new local binding and refers to it by name (so it can be reused). */
export const introduceLet: Operator = (ctx, rng, a) => {
  const outs = positions(ctx, a).filter((p) => p.root >= a.lets.length && p.lambdaDepth === 0 && p.node.kind === 'call');
  if (outs.length === 0 || a.lets.length >= LIMITS.maxLets) return subtreeMutation(ctx, rng, a, a);
  const at = rng.pick(outs);
  const name = letName(a.lets.length);
  const moved: Individual = { lets: [...a.lets, at.node], outs: a.outs };
  return put(moved, { ...at, root: at.root + 1 }, { kind: 'var', type: at.node.type, name });
};

/** UMAD's addition rate per node (Helmuth, McPhee and Spector, GECCO 2018); deletion balances it at add / (1 + add). */
const UMAD_ADD_RATE = 0.09;

/** Calls (inner nodes) of a tree: counted without listing positions, which allocates a record per node. */
function callCount(node: GpNode): number {
  if (node.kind !== 'call') return 0;
  let n = 1;
  for (const kid of node.kids) n += callCount(kid);
  return n;
}

/** Successes in n trials of probability p (the number of nodes UMAD touches). */
function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.chance(p)) k++;
  return k;
}

/**
 * Uniform mutation by addition and deletion, adapted to typed trees: each node is, with the addition rate, wrapped in
 * a random lambda-free call of its type that takes it as an argument (other arguments random leaves); then each call
 * is, with the deletion rate, replaced by one of its arguments of the same type. Program synthesis using uniform
 * mutation by addition and deletion, Helmuth, McPhee and Spector, GECCO 2018.
 */
export const umadMutation: Operator = (ctx, rng, a) => {
  let child = a;
  for (let k = binomial(rng, programSize(a), UMAD_ADD_RATE); k > 0; k--) {
    const at = rng.pick(positions(ctx, child));
    const type = at.node.type;
    const wrappers = ctx.set.returning(type).filter((p) => !p.lambdas?.some(Boolean) && p.args.includes(type));
    if (wrappers.length === 0) continue;
    const p = rng.pick(wrappers);
    const keep = rng.pick(p.args.flatMap((t, i) => (t === type ? [i] : [])));
    child = put(child, at, { kind: 'call', prim: p.name, type, kids: p.args.map((t, i) => (i === keep ? at.node : randomTerminal(ctx, rng, t, at.scope))) });
  }
  const calls = roots(child).reduce((n, tree) => n + callCount(tree), 0);
  for (let k = binomial(rng, calls, UMAD_ADD_RATE / (1 + UMAD_ADD_RATE)); k > 0; k--) {
    const inner = positions(ctx, child).filter((p) => p.node.kind === 'call');
    if (inner.length === 0) break;
    const at = rng.pick(inner);
    const kids = at.node.kind === 'call' ? at.node.kids.filter((kid) => kid.type === at.node.type) : [];
    if (kids.length > 0) child = put(child, at, repair(ctx, rng, rng.pick(kids), at.scope, at.lambdaDepth));
  }
  return child;
};

const OPERATORS: [Operator, number][] = [
  [crossover, 0.25],
  [umadMutation, 0.15],
  [subtreeMutation, 0.12],
  [sizeFairMutation, 0.12],
  [pointMutation, 0.14],
  [constantMutation, 0.1],
  [hoistMutation, 0.07],
  [introduceLet, 0.05],
];

/** True when a program is within the shape limits. */
export function withinLimits(individual: Individual): boolean {
  if (individual.lets.length > LIMITS.maxLets) return false;
  return roots(individual).every((t) => treeSize(t) <= LIMITS.maxTreeSize && treeDepth(t) <= LIMITS.maxDepth);
}

/** Makes one child with a randomly chosen operator, retrying when it breaks the shape limits. */
export function vary(ctx: GpContext, rng: Rng, a: Individual, b: Individual): Individual {
  for (let attempt = 0; attempt < 4; attempt++) {
    let r = rng.next();
    let op = OPERATORS[0][0];
    for (const [candidate, weight] of OPERATORS) {
      op = candidate;
      if ((r -= weight) < 0) break;
    }
    const child = normalize(op(ctx, rng, a, b));
    if (withinLimits(child)) return child;
  }
  return a;
}
