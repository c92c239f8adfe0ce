import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';

/** The statement that gives a module its default export (`export default ...` or `export { x as default }`), if any. */
export function findDefaultExport(source: TS.SourceFile): TS.Statement | undefined {
  return source.statements.find((statement) => {
    if (ts.isExportAssignment(statement)) return !statement.isExportEquals;
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      return clause !== undefined && ts.isNamedExports(clause) && clause.elements.some((e) => e.name.text === 'default');
    }
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    return modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  });
}
