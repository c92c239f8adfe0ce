import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';

const MAX_DEPTH = 20;

function foldSyntax(node: TS.Expression, checker: TS.TypeChecker | undefined, depth: number): string | number | undefined {
  const fold = (inner: TS.Expression): string | number | undefined => foldConstant(inner, checker, depth + 1);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node)) {
    return fold(node.expression);
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = fold(span.expression);
      if (value === undefined) return undefined;
      text += `${value}${span.literal.text}`;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(node.left);
    const right = left === undefined ? undefined : fold(node.right);
    if (left === undefined || right === undefined) return undefined;
    return typeof left === 'number' && typeof right === 'number' ? left + right : `${left}${right}`;
  }
  if (ts.isIdentifier(node) && checker) {
    const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
    const isConst = declaration && ts.isVariableDeclaration(declaration) && (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
    if (isConst && declaration.initializer) return fold(declaration.initializer);
  }
  return undefined;
}

/**
 * The value of an expression known at compile time from its syntax, if any: string and number literals, templates
 * and `+` of constants, `const` bindings (with a type checker) and type assertions around any of them. Used by the
 * static guard to see through `'constr' + 'uctor'`. Literal types are not trusted here: `key as 'length'` says
 * nothing about the value a run-time `key` holds.
 */
export function foldConstant(node: TS.Expression, checker?: TS.TypeChecker, depth = 0): string | number | undefined {
  return depth > MAX_DEPTH ? undefined : foldSyntax(node, checker, depth);
}
