import type { GpContext, ScopeVar } from './gp-context.js';
import type { GpNode, Individual } from './program-tree.js';
import { letName } from './program-tree.js';
import { lambdaScope, randomTerminal, topScope } from './random-tree.js';
import type { Rng } from '../util/rng.js';

/** A node of a program with where it sits: which tree, the path of child indices, its scope and depths. */
export interface Position {
  root: number;
  path: number[];
  node: GpNode;
  scope: ScopeVar[];
  lambdaDepth: number;
  depth: number;
}

/** The roots of a program in one list: the bindings, then the outputs. */
export function roots(individual: Individual): GpNode[] {
  return [...individual.lets, ...individual.outs];
}

/** A copy of the program with root i replaced. */
export function withRoot(individual: Individual, root: number, node: GpNode): Individual {
  const lets = [...individual.lets];
  const outs = [...individual.outs];
  if (root < lets.length) lets[root] = node;
  else outs[root - lets.length] = node;
  return { lets, outs };
}

/** Every node of the program with its position. */
export function positions(ctx: GpContext, individual: Individual): Position[] {
  const out: Position[] = [];
  const walk = (root: number, node: GpNode, path: number[], scope: ScopeVar[], lambdaDepth: number): void => {
    out.push({ root, path, node, scope, lambdaDepth, depth: path.length + 1 });
    if (node.kind !== 'call') return;
    // Only a primitive with lambdas binds variables; the others' kids share their parent's scope.
    const lambdas = ctx.set.get(node.prim).lambdas;
    for (let i = 0; i < node.kids.length; i++) {
      const bound = lambdas?.[i] ? lambdaScope(ctx, node.prim, i, lambdaDepth) : undefined;
      if (bound) walk(root, node.kids[i], [...path, i], [...scope, ...bound], lambdaDepth + 1);
      else walk(root, node.kids[i], [...path, i], scope, lambdaDepth);
    }
  };
  const trees = roots(individual);
  for (let root = 0; root < trees.length; root++) walk(root, trees[root], [], topScope(ctx, individual, Math.min(root, individual.lets.length)), 0);
  return out;
}

/** A copy of the tree with the node at the path replaced. */
export function replaceAt(tree: GpNode, path: number[], node: GpNode): GpNode {
  if (path.length === 0) return node;
  if (tree.kind !== 'call') return tree;
  const kids = [...tree.kids];
  kids[path[0]] = replaceAt(kids[path[0]], path.slice(1), node);
  return { ...tree, kids };
}

/** Rebinds variables a moved subtree can no longer see: the innermost visible variable of the same kind, else a fresh leaf. */
export function repair(ctx: GpContext, rng: Rng, node: GpNode, scope: ScopeVar[], lambdaDepth: number): GpNode {
  if (node.kind === 'var') {
    if (scope.some((v) => v.name === node.name && v.type === node.type)) return node;
    const prefix = node.name.replace(/\d+$/, '');
    const same = scope.filter((v) => v.type === node.type && v.name.replace(/\d+$/, '') === prefix);
    if (same.length > 0) return { kind: 'var', type: node.type, name: same[same.length - 1].name };
    return randomTerminal(ctx, rng, node.type, scope);
  }
  if (node.kind !== 'call') return node;
  const kids = node.kids.map((kid, i) => {
    const bound = lambdaScope(ctx, node.prim, i, lambdaDepth);
    return bound ? repair(ctx, rng, kid, [...scope, ...bound], lambdaDepth + 1) : repair(ctx, rng, kid, scope, lambdaDepth);
  });
  return { ...node, kids };
}

/** Renames variables and folds equality tests between two literals (strict TypeScript rejects those comparisons). */
function renameVars(node: GpNode, names: Map<string, string>): GpNode {
  if (node.kind === 'var') {
    const name = names.get(node.name);
    return name && name !== node.name ? { ...node, name } : node;
  }
  if (node.kind !== 'call') return node;
  // Copy on change only: most subtrees come out as they went in, and trees are never changed in place.
  let kids: GpNode[] | undefined;
  for (let i = 0; i < node.kids.length; i++) {
    const kid = renameVars(node.kids[i], names);
    if (kid !== node.kids[i]) (kids ??= [...node.kids])[i] = kid;
  }
  const [a, b] = kids ?? node.kids;
  if ((node.prim.startsWith('eq_') || node.prim.startsWith('ne_')) && a.kind === 'const' && b.kind === 'const') {
    const same = JSON.stringify(a.value) === JSON.stringify(b.value);
    return { kind: 'const', type: 'boolean', value: node.prim.startsWith('eq') ? same : !same };
  }
  return kids ? { ...node, kids } : node;
}

/** Adds the name of every variable a tree reads to `sink`. */
export function collectVars(node: GpNode, sink: Set<string>): void {
  if (node.kind === 'var') sink.add(node.name);
  else if (node.kind === 'call') for (const kid of node.kids) collectVars(kid, sink);
}

/** Drops bindings nothing uses (so programs carry no dead code) and renumbers the rest v1, v2, ... */
export function normalize(individual: Individual): Individual {
  const used = new Set<string>();
  for (const tree of individual.outs) collectVars(tree, used);
  for (let i = individual.lets.length - 1; i >= 0; i--) if (used.has(letName(i))) collectVars(individual.lets[i], used);
  const names = new Map<string, string>();
  const lets: GpNode[] = [];
  individual.lets.forEach((tree, i) => {
    if (!used.has(letName(i))) return;
    names.set(letName(i), letName(lets.length));
    lets.push(renameVars(tree, names));
  });
  return { lets, outs: individual.outs.map((tree) => renameVars(tree, names)) };
}
