import { buildTable, compileProgram, programSource, type PrimitiveTable } from '../../programs/compile-program.js';
import type { GpType } from './gp-api.js';
import type { GpContext } from '../../programs/gp-context.js';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { letName } from '../../programs/program-tree.js';
import { normalize } from '../../programs/tree-ops.js';

type Const = GpNode & { kind: 'const' };
const isConst = (n: GpNode, value?: unknown): n is Const => n.kind === 'const' && (value === undefined || JSON.stringify(n.value) === JSON.stringify(value));
const constOf = (type: GpType, value: Const['value']): GpNode => ({ kind: 'const', type, value });
const same = (a: GpNode, b: GpNode): boolean => JSON.stringify(a) === JSON.stringify(b);
const hasVars = (n: GpNode): boolean => n.kind === 'var' || (n.kind === 'call' && n.kids.some(hasVars));

/** Zero of a type for the identities x + 0, x - 0, s + "". */
const ZERO: Partial<Record<GpType, Const['value']>> = { int: 0, float: 0, string: '' };

/**
 * Rewrites one call whose children are already tidy, `depth` lambdas deep (its own lambdas bind `acc${depth + 1}`);
 * returns the node itself when no rule applies.
 */
function rewrite(node: GpNode & { kind: 'call' }, depth: number): GpNode {
  const [a, b, c] = node.kids;
  const op = node.prim.replace(/_.*$/, '');
  const lambdaVar = (n: GpNode): boolean => n.kind === 'var' && /^[xc]\d+$/.test(n.name);
  switch (op) {
    case 'if':
      if (isConst(a)) return a.value ? b : c;
      return same(b, c) ? b : node;
    case 'and':
      if (isConst(a)) return a.value ? b : a;
      return isConst(b, true) ? a : same(a, b) ? a : node;
    case 'or':
      if (isConst(a)) return a.value ? a : b;
      return isConst(b, false) ? a : same(a, b) ? a : node;
    case 'not':
      if (isConst(a)) return constOf('boolean', !a.value);
      return a.kind === 'call' && a.prim === 'not' ? a.kids[0] : node;
    case 'filter':
    case 'filterChars':
      if (isConst(b, true)) return a;
      return isConst(b, false) ? constOf(node.type, node.type === 'string' ? '' : []) : node;
    case 'some':
      return isConst(b, false) ? b : node;
    case 'every':
      return isConst(b, true) ? b : node;
    case 'map':
    case 'mapChars':
      return lambdaVar(b) && a.type === node.type ? a : node;
    case 'add':
    case 'cat':
      if (isConst(b, ZERO[node.type])) return a;
      return isConst(a, ZERO[node.type]) ? b : node;
    case 'sub':
      return isConst(b, 0) ? a : node;
    case 'mul':
      if (isConst(b, 1)) return a;
      return isConst(a, 1) ? b : node;
    case 'div':
      return node.type === 'int' && isConst(b, 1) ? a : node;
    case 'neg':
    case 'reverse':
      return a.kind === 'call' && a.prim === node.prim ? a.kids[0] : node;
    case 'abs':
      return a.kind === 'call' && (a.prim === node.prim || a.prim.startsWith('len_')) ? a : node;
    case 'concat':
      if (isConst(b, [])) return a;
      return isConst(a, []) ? b : node;
    case 'slice1':
      return isConst(b, 0) ? a : node;
    case 'eq':
    case 'ne':
      // Floats may be NaN, which is not equal to itself; every other value is.
      return !a.type.startsWith('float') && same(a, b) ? constOf('boolean', op === 'eq') : node;
    case 'loop':
      // Toggling a constant n times is n's parity, as a person writes it (a loop that ran over a million throws).
      if (node.type !== 'boolean' || !isConst(b) || c.kind !== 'call' || c.prim !== 'not' || !same(c.kids[0], { kind: 'var', type: 'boolean', name: `acc${depth + 1}` })) return node;
      return { kind: 'call', prim: b.value ? 'ne_int' : 'eq_int', type: 'boolean', kids: [{ kind: 'call', prim: 'mod_int', type: 'int', kids: [a, constOf('int', 2)] }, constOf('int', 1)] };
    default:
      return node;
  }
}

/** The literal a closed call computes, when it is small enough to read (strings up to 40 characters, arrays up to 8). */
function fold(ctx: GpContext, table: PrimitiveTable, node: GpNode): GpNode {
  let value: unknown;
  try {
    table.resetSteps();
    value = compileProgram(programSource(ctx, { lets: [], outs: [node] }), table)();
  } catch {
    return node;
  }
  const ok = (v: unknown, t: GpType): boolean =>
    t === 'string' ? typeof v === 'string' && v.length <= 40
    : t === 'boolean' ? typeof v === 'boolean'
    : t.endsWith('[]') ? Array.isArray(v) && v.length <= 8 && v.every((x) => ok(x, t.slice(0, -2) as GpType))
    : typeof v === 'number' && Number.isFinite(v) && (t === 'float' || Number.isInteger(v)) && String(v).length <= 12;
  return ok(value, node.type) ? constOf(node.type, value as Const['value']) : node;
}

/**
 * A program with the same results that reads better: constant conditions and the branches they rule out,
 * a loop toggling a constant n times written as n's parity,
 * identity operations (x + 0, filter by true, map to itself), double negations and closed expressions folded
 * into literals, bindings of a bare parameter or literal inlined, then unused bindings dropped. Rules only remove computation, so only a case on which the
 * original threw can change; callers keep the tidy program only if it still scores as well.
 */
export function tidy(ctx: GpContext, individual: Individual): Individual {
  const table = buildTable(ctx.problem.extraPrimitives);
  const walk = (node: GpNode, depth = 0): GpNode => {
    if (node.kind !== 'call') return node;
    const lambdas = ctx.set.byName.get(node.prim)?.lambdas;
    const kids = node.kids.map((k, i) => walk(k, lambdas?.[i] ? depth + 1 : depth));
    const next = rewrite({ ...node, kids }, depth);
    if (next.kind !== 'call') return next;
    return next.kids.every((k) => !hasVars(k)) ? fold(ctx, table, next) : next;
  };
  // A binding of a bare parameter or literal (`const v1 = a;`) only renames it: its uses read the leaf instead. So does
  // a leaf's int-to-float conversion, which prints as the leaf itself.
  const leafLike = (n: GpNode): boolean => n.kind !== 'call' || (n.prim === 'float_of_int' && leafLike(n.kids[0]));
  const leaves = new Map<string, GpNode>();
  const inline = (node: GpNode): GpNode =>
    node.kind === 'var' ? (leaves.get(node.name) ?? node) : node.kind === 'call' ? { ...node, kids: node.kids.map(inline) } : node;
  const lets = individual.lets.map((tree, i) => {
    const next = inline(walk(tree));
    if (leafLike(next)) leaves.set(letName(i), next);
    return next;
  });
  return normalize({ lets, outs: individual.outs.map((tree) => inline(walk(tree))) });
}
