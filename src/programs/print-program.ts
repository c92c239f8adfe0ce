import type { GpType } from './gp-problem.js';
import type { GpContext } from './gp-context.js';
import type { GpNode, Individual } from './program-tree.js';
import { letName } from './program-tree.js';
import type { Primitive } from '../primitives/primitive.js';
import { tsType } from '../primitives/primitive.js';
import { chargedCall } from './charge-work.js';

/** Prints a constant as a literal (π as `Math.PI`, negative numbers parenthesised; typed mode gives empty arrays a type). */
export function printConst(value: GpNode & { kind: 'const' }, typed: boolean): string {
  const v = value.value;
  if (v === Math.PI) return 'Math.PI';
  if (typeof v === 'number') return Object.is(v, -0) ? '(-0)' : v < 0 ? `(${String(v)})` : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (v.length === 0 && typed) return `([] as ${tsType(value.type)})`;
  return JSON.stringify(v);
}

/** True when TypeScript may give the expression a literal type, which strict mode refuses to compare with another literal. */
function mayHaveLiteralType(node: GpNode): boolean {
  return node.kind === 'const' || (node.kind === 'call' && /^(if_|and$|or$)/.test(node.prim));
}

/** Prints one tree as an expression; `used` collects the primitives it calls. */
export function printNode(ctx: GpContext, node: GpNode, typed: boolean, used: Set<Primitive>, depth = 0): string {
  if (node.kind === 'const') return printConst(node, typed);
  if (node.kind === 'var') return node.name;
  // A list built element by element, `[...[a], b]` as the primitives print it, is written as the list `[a, b]` (not
  // one of constants alone, which would read back as one constant).
  const items = typed ? listItems(node) : undefined;
  if (items && items.length > 1 && items.some((item) => item.kind !== 'const')) {
    for (const prim of usedBy(node)) used.add(ctx.set.get(prim));
    return `[${items.map((item) => printNode(ctx, item, typed, used, depth)).join(', ')}]`;
  }
  const p = ctx.set.get(node.prim);
  used.add(p);
  const args = node.kids.map((kid, i) => {
    const lambda = p.lambdas?.[i];
    if (!lambda && typed && i === 0 && /^(eq|ne)_/.test(p.name) && node.kids.every(mayHaveLiteralType)) return `(${printNode(ctx, kid, typed, used, depth)} as ${tsType(kid.type)})`;
    if (!lambda) return printNode(ctx, kid, typed, used, depth);
    const params = lambda.map((l) => `${l.prefix}${depth + 1}${typed ? `: ${tsType(l.type)}` : ''}`);
    const body = stripParens(printNode(ctx, kid, typed, used, depth + 1));
    return `(${params.join(', ')})${typed ? `: ${tsType(kid.type)}` : ''} => ${body}`;
  });
  return typed ? p.print(args, true) : chargedCall(p, args);
}

/** The elements of a list made by `single` and then `append` calls, in order; undefined for any other node. */
function listItems(node: GpNode): GpNode[] | undefined {
  if (node.kind !== 'call') return undefined;
  if (node.prim.startsWith('single_')) return [node.kids[0]];
  if (!node.prim.startsWith('append_')) return undefined;
  const before = listItems(node.kids[0]);
  return before && [...before, node.kids[1]];
}

/** The primitives of such a list's spine. */
function usedBy(node: GpNode): string[] {
  return node.kind === 'call' && /^(single|append)_/.test(node.prim) ? [node.prim, ...(node.prim.startsWith('append_') ? usedBy(node.kids[0]) : [])] : [];
}

/** Removes one pair of parentheses around the whole expression, when they enclose all of it. */
export function stripParens(text: string): string {
  if (!text.startsWith('(') || !text.endsWith(')')) return text;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0 && i < text.length - 1) return text;
    }
  }
  return text.slice(1, -1);
}

/** Prints the statements of a program's function body (one per line) and collects the primitives used. */
export function printBody(ctx: GpContext, individual: Individual, typed: boolean, used: Set<Primitive>): string[] {
  const lines = individual.lets.map((tree, i) => {
    const annotation = typed ? `: ${tsType(tree.type)}` : '';
    return `const ${letName(i)}${annotation} = ${stripParens(printNode(ctx, tree, typed, used))};`;
  });
  const outs = individual.outs.map((tree) => stripParens(printNode(ctx, tree, typed, used)));
  lines.push(outs.length === 1 ? `return ${outs[0]};` : `return [${outs.join(', ')}];`);
  return lines;
}

/** TypeScript return type of the program: one type or a tuple. */
export function returnTypeText(returns: GpType[]): string {
  return returns.length === 1 ? tsType(returns[0]) : `[${returns.map(tsType).join(', ')}]`;
}
