import type { GpType } from './gp-problem.js';

/** One node of a typed program tree: a primitive call, a constant or a variable reference. */
export type GpNode =
  | { kind: 'call'; prim: string; type: GpType; kids: GpNode[] }
  | { kind: 'const'; type: GpType; value: number | string | boolean | number[] | string[] }
  | { kind: 'var'; type: GpType; name: string };

/** A primitive call node. */
export const call = (prim: string, type: GpType, kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });

/** A variable node: a parameter, a let or a lambda's own. */
export const variable = (type: GpType, name: string): GpNode => ({ kind: 'var', type, name });

/** A constant node. */
export const literal = (type: GpType, value: number | string | boolean): GpNode => ({ kind: 'const', type, value });

/**
 * A body enumerated over its own part variables (`names`) moved into a loop over `x1`: its parts become `access`, its
 * own loop variables go one level deeper (element-wise.ts, aggregate-seed.ts).
 */
export function inLoop(node: GpNode, names: string[], access: GpNode[]): GpNode {
  if (node.kind === 'var') {
    const part = names.indexOf(node.name);
    if (part >= 0) return access[part];
    const inner = /^(x|y|c|i|acc)(\d+)$/.exec(node.name);
    return inner ? { ...node, name: `${inner[1]}${Number(inner[2]) + 1}` } : node;
  }
  return node.kind === 'call' ? { ...node, kids: node.kids.map((k) => inLoop(k, names, access)) } : node;
}

/** A program: local bindings (v1, v2, ... visible to later bindings and outputs) and one tree per output. */
export interface Individual {
  lets: GpNode[];
  outs: GpNode[];
}

/** Number of nodes of a tree. */
export function treeSize(node: GpNode): number {
  if (node.kind !== 'call') return 1;
  let size = 1;
  for (const kid of node.kids) size += treeSize(kid);
  return size;
}

/** Depth of a tree (a leaf has depth 1). */
export function treeDepth(node: GpNode): number {
  if (node.kind !== 'call') return 1;
  let depth = 0;
  for (const kid of node.kids) depth = Math.max(depth, treeDepth(kid));
  return depth + 1;
}

/** Total node count of a program. */
export function programSize(individual: Individual): number {
  let size = 0;
  for (const tree of individual.lets) size += treeSize(tree);
  for (const tree of individual.outs) size += treeSize(tree);
  return size;
}

/** Name of the i-th local binding (0-based). */
export function letName(index: number): string {
  return `v${index + 1}`;
}
