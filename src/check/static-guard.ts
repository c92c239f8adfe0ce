import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { BuildError } from './build-result.js';
import { computedAccessFinding } from './computed-access-finding.js';
import { foldConstant } from './fold-constant.js';
import { guardPolicy, isForbiddenMember } from './guard-policy.js';
import { isImportAllowed } from './is-import-allowed.js';

/**
 * Walks a candidate's syntax tree and reports every forbidden import, global name and property as a build error,
 * including property names built from constants (`'constr' + 'uctor'`). Given the type checker of the candidate's
 * program, it also refuses computed access with run-time keys on values typed any or a function
 * (computed-access-finding.ts). A lint that turns obvious escapes into build errors, not the boundary.
 */
export function staticGuard(source: TS.SourceFile, allowedImports: readonly string[], checker?: TS.TypeChecker): BuildError[] {
  const findings: BuildError[] = [];
  const report = (node: TS.Node, message: string): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({ stage: 'static-guard', message, line });
  };
  const checkSpecifier = (node: TS.Node, specifier: string): void => {
    if (isImportAllowed(specifier, allowedImports)) return;
    const listed = allowedImports.length === 0 ? 'none' : allowedImports.join(', ');
    report(node, `import of "${specifier}" is not allowed (allowedImports: ${listed})`);
  };
  const visit = (node: TS.Node): void => {
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      checkSpecifier(node, node.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) checkSpecifier(node, argument.text);
      else report(node, 'import() with a computed specifier is not allowed');
    } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      report(node, 'import.meta is not allowed');
    } else if (ts.isIdentifier(node)) {
      checkIdentifier(node, report);
    } else if (ts.isStringLiteralLike(node) && isForbiddenMember(node.text) && !isModuleSpecifier(node) && !isComputedKey(node)) {
      report(node, `the string "${node.text}" is not allowed: it names a forbidden property`);
    } else if (ts.isElementAccessExpression(node)) {
      const finding = computedAccessFinding(node, checker);
      if (finding) report(node, finding);
    } else if (isOutermostConcatenation(node)) {
      const value = foldConstant(node, checker);
      if (typeof value === 'string' && isForbiddenMember(value)) report(node, `the string "${value}" built here is not allowed: it names a forbidden property`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function checkIdentifier(node: TS.Identifier, report: (node: TS.Node, message: string) => void): void {
  const name = node.text;
  if (guardPolicy.forbiddenProperties.has(name)) {
    report(node, `access to "${name}" is not allowed: it leads to Function or the prototype chain`);
  } else if (guardPolicy.forbiddenMembers.has(name) && isPropertyName(node)) {
    report(node, `access to "${name}" is not allowed: it loads modules or native code, or walks the prototype chain`);
  } else if (!isPropertyName(node) && guardPolicy.forbiddenGlobals.has(name)) {
    report(node, `the name "${name}" is not allowed (forbidden global)`);
  }
}

/** True where an identifier names a property or member rather than referring to a variable or global. */
function isPropertyName(node: TS.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  const members = [ts.isPropertyAssignment, ts.isPropertyDeclaration, ts.isMethodDeclaration, ts.isGetAccessor, ts.isSetAccessor, ts.isPropertySignature, ts.isMethodSignature, ts.isEnumMember];
  return members.some((is) => is(parent)) && (parent as TS.NamedDeclaration).name === node;
}

// A computed key is reported by the element-access rule, once.
function isComputedKey(node: TS.Node): boolean {
  return ts.isElementAccessExpression(node.parent) && node.parent.argumentExpression === node;
}

function isModuleSpecifier(node: TS.StringLiteralLike): boolean {
  const parent = node.parent;
  return ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent);
}

// A `+` or template expression that is not part of a larger one (nor a computed key, checked on its own).
function isOutermostConcatenation(node: TS.Node): node is TS.Expression {
  const isConcatenation = (n: TS.Node): boolean => ts.isTemplateExpression(n) || (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken);
  if (!isConcatenation(node)) return false;
  let child: TS.Node = node;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) [child, parent] = [parent, parent.parent];
  const isKey = ts.isElementAccessExpression(parent) && parent.argumentExpression === child;
  return !isConcatenation(parent) && !ts.isTemplateSpan(parent) && !isKey;
}
