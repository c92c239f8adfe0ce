import ts from 'typescript';
import type { BuildError } from './build-result.js';
import { guardPolicy } from './guard-policy.js';
import { isImportAllowed } from './is-import-allowed.js';

/** Walks a candidate's syntax tree and reports every forbidden import, global name and property as a build error. */
export function staticGuard(source: ts.SourceFile, allowedImports: readonly string[]): BuildError[] {
  const findings: BuildError[] = [];
  const report = (node: ts.Node, message: string): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({ stage: 'static-guard', message, line });
  };
  const checkSpecifier = (node: ts.Node, specifier: string): void => {
    if (isImportAllowed(specifier, allowedImports)) return;
    const listed = allowedImports.length === 0 ? 'none' : allowedImports.join(', ');
    report(node, `import of "${specifier}" is not allowed (allowedImports: ${listed})`);
  };
  const visit = (node: ts.Node): void => {
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
    } else if (ts.isStringLiteralLike(node) && guardPolicy.forbiddenProperties.has(node.text) && !isModuleSpecifier(node)) {
      report(node, `the string "${node.text}" is not allowed: it names a forbidden property`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function checkIdentifier(node: ts.Identifier, report: (node: ts.Node, message: string) => void): void {
  const name = node.text;
  if (guardPolicy.forbiddenProperties.has(name)) {
    report(node, `access to "${name}" is not allowed: it leads to Function or the prototype chain`);
  } else if (!isPropertyName(node) && guardPolicy.forbiddenGlobals.has(name)) {
    report(node, `the name "${name}" is not allowed (forbidden global)`);
  }
}

/** True where an identifier names a property or member rather than referring to a variable or global. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  const members = [ts.isPropertyAssignment, ts.isPropertyDeclaration, ts.isMethodDeclaration, ts.isGetAccessor, ts.isSetAccessor, ts.isPropertySignature, ts.isMethodSignature, ts.isEnumMember];
  return members.some((is) => is(parent)) && (parent as ts.NamedDeclaration).name === node;
}

function isModuleSpecifier(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  return ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent);
}
