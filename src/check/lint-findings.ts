import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';

/**
 * Counts cheap style findings in a candidate's syntax tree: explicit `any`, `var` declarations and loose equality
 * (== and !=). Unused locals and parameters come from the compiler and are added by the build.
 */
export function lintFindings(source: TS.SourceFile): number {
  let findings = 0;
  const visit = (node: TS.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) findings += 1;
    else if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.BlockScoped) === 0) findings += 1;
    else if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.EqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken) findings += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}
