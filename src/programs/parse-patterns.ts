import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { GpType } from './gp-problem.js';
import type { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import type { Primitive } from '../primitives/primitive.js';

const cache = new WeakMap<GpContext, { prim: Primitive; pattern: TS.Expression }[]>();

/** Skips parentheses (and `as` casts, which the printer only puts on empty array literals). */
export function skipParens(node: TS.Node): TS.Node {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return node;
}

/** Each primitive printed with placeholder arguments (__a0, __a1, ...) and parsed: the shapes the parser matches, most specific (longest fixed text) first. */
export function primitivePatterns(ctx: GpContext): { prim: Primitive; pattern: TS.Expression }[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  // Both spellings: the emitted TypeScript, and the engine's (modules written before loops read as plain method calls).
  const printed = [...ctx.set.all, ...ctx.set.composed].flatMap((prim) => {
    const args = prim.args.map((_, i) => `__a${i}`);
    const typed = prim.print(args, true);
    const engine = prim.print(args, false);
    return typed === engine ? [{ prim, text: typed }] : [{ prim, text: typed }, { prim, text: engine }];
  });
  const fixed = (text: string): number => text.replace(/__a\d+/g, '').length;
  printed.sort((a, b) => fixed(b.text) - fixed(a.text));
  const list = printed.map(({ prim, text }) => {
    const file = ts.createSourceFile('pattern.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
    const statement = file.statements[0] as TS.ExpressionStatement;
    return { prim, pattern: statement.expression };
  });
  cache.set(ctx, list);
  return list;
}

function numberOf(node: TS.Node): number | undefined {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  // π as the printer writes it (print-program.ts).
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Math' && node.name.text === 'PI') return Math.PI;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(skipParens(node.operand))) {
    return -Number((skipParens(node.operand) as TS.NumericLiteral).text);
  }
  return undefined;
}

function stringOf(node: TS.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** A constant node when the expression is a literal of the type (numbers, strings, booleans, arrays of those). */
export function parseLiteral(node: TS.Node, type: GpType): GpNode | undefined {
  const n = numberOf(node);
  if (n !== undefined && (type === 'float' || (type === 'int' && Number.isInteger(n)))) return { kind: 'const', type, value: n };
  const s = stringOf(node);
  if (s !== undefined && type === 'string') return { kind: 'const', type, value: s };
  if (type === 'boolean' && (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword)) {
    return { kind: 'const', type, value: node.kind === ts.SyntaxKind.TrueKeyword };
  }
  if (type.endsWith('[]') && ts.isArrayLiteralExpression(node)) {
    const items = [...node.elements];
    if (type === 'string[]') {
      const values = items.map(stringOf);
      if (values.every((v) => v !== undefined)) return { kind: 'const', type, value: values as string[] };
    } else {
      const values = items.map(numberOf);
      if (values.every((v) => v !== undefined && (type === 'float[]' || Number.isInteger(v)))) return { kind: 'const', type, value: values as number[] };
    }
  }
  return undefined;
}
