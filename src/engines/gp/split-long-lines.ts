import type { GpContext } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { letName } from '../../programs/program-tree.js';
import { printBody, printNode, stripParens } from '../../programs/print-program.js';
import type { Primitive } from '../../primitives/primitive.js';
import { positions, replaceAt, roots, withRoot } from '../../programs/tree-ops.js';

/** Longest line an emitted module should have (its body is indented by two spaces). */
export const MAX_LINE = 100;

const LAMBDA_VAR = /^(x|y|c|i|acc)\d+$/;
const usesLambdaVars = (n: GpNode): boolean => (n.kind === 'var' ? LAMBDA_VAR.test(n.name) : n.kind === 'call' && n.kids.some(usesLambdaVars));

function renumber(node: GpNode, from: number): GpNode {
  if (node.kind === 'var') {
    const m = /^v(\d+)$/.exec(node.name);
    return m && Number(m[1]) > from ? { ...node, name: letName(Number(m[1])) } : node;
  }
  return node.kind === 'call' ? { ...node, kids: node.kids.map((k) => renumber(k, from)) } : node;
}

/** The program with `node` bound to a new binding at index `at` (later bindings renumbered). */
function insertLet(individual: Individual, at: number, node: GpNode): Individual {
  const lets = individual.lets.map((t) => renumber(t, at));
  lets.splice(at, 0, node);
  return { lets, outs: individual.outs.map((t) => renumber(t, at)) };
}

const text = (ctx: GpContext, node: GpNode): string => stripParens(printNode(ctx, node, true, new Set<Primitive>()));

/**
 * Breaks long statements into named bindings, as a person would: while a line of the body is longer than
 * MAX_LINE, its longest subexpression that fits on a line of its own and does not depend on a lambda's
 * parameters becomes a `const` declared just before it. Every occurrence of that subexpression in the
 * statement is replaced, so the program computes the same values.
 */
export function splitLongLines(ctx: GpContext, individual: Individual): Individual {
  let current = individual;
  for (let round = 0; round < 32; round++) {
    const lines = printBody(ctx, current, true, new Set());
    const all = positions(ctx, current);
    const splittable = (r: number): { p: (typeof all)[number]; length: number }[] =>
      all
        // The return line holds every output tree.
        .filter((p) => (p.root === r || (r === current.lets.length && p.root > r)) && p.path.length > 0 && p.lambdaDepth === 0 && p.node.kind === 'call' && !usesLambdaVars(p.node))
        .map((p) => ({ p, length: text(ctx, p.node).length }))
        .filter((o) => o.length >= 12 && o.length <= MAX_LINE - 30)
        .sort((a, b) => b.length - a.length);
    const r = lines.findIndex((line, i) => line.length + 2 > MAX_LINE && splittable(i).length > 0);
    if (r < 0) return current;
    const { p } = splittable(r)[0];
    const at = Math.min(p.root, current.lets.length);
    const moved = insertLet(current, at, renumber(p.node, at));
    const name: GpNode = { kind: 'var', type: p.node.type, name: letName(at) };
    const target = JSON.stringify(renumber(p.node, at));
    const swap = (n: GpNode): GpNode => (JSON.stringify(n) === target ? name : n.kind === 'call' ? { ...n, kids: n.kids.map(swap) } : n);
    const root = p.root + 1;
    current = withRoot(moved, root, swap(replaceAt(roots(moved)[root], p.path, name)));
  }
  return current;
}
