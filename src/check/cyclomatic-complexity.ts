import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';

// Built on first use: the SyntaxKind enum belongs to the lazily loaded compiler.
let kinds: { branching: Set<TS.SyntaxKind>; operators: Set<TS.SyntaxKind> } | undefined;

const branchingKinds = (): Set<TS.SyntaxKind> => new Set([
  ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.ConditionalExpression,
  ts.SyntaxKind.CaseClause,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.CatchClause,
]);

const branchingOperators = (): Set<TS.SyntaxKind> => new Set([
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/**
 * McCabe complexity of a whole module: 1 + its decision points (if, ?:, case, loops, catch, and the short-circuit
 * operators &&, ||, ?? and their assignment forms). A size tie-breaker for the score, not a per-function report.
 */
export function cyclomaticComplexity(source: TS.SourceFile): number {
  const { branching, operators } = (kinds ??= { branching: branchingKinds(), operators: branchingOperators() });
  let decisions = 0;
  const visit = (node: TS.Node): void => {
    if (branching.has(node.kind)) decisions += 1;
    else if (ts.isBinaryExpression(node) && operators.has(node.operatorToken.kind)) decisions += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return 1 + decisions;
}
