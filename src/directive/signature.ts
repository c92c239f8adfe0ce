import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';

/** The value types Hephaestus understands in a directive's signature. */
export type TypeSpec =
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'array'; of: TypeSpec }
  | { kind: 'tuple'; items: TypeSpec[] }
  | { kind: 'other'; text: string };

/** A parsed function signature: named, typed parameters and a return type. */
export interface Signature {
  text: string;
  params: { name: string; type: TypeSpec }[];
  returns: TypeSpec;
  /** True when the return type is Promise<T>; `returns` is then T. */
  async: boolean;
}

/** Parses a TypeScript function type such as "(a: number, b: number) => number". Throws a plain Error on bad text. */
export function parseSignature(text: string): Signature {
  const source = ts.createSourceFile('signature.ts', `type __Signature = ${text};`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (source as unknown as { parseDiagnostics?: TS.Diagnostic[] }).parseDiagnostics ?? [];
  if (diagnostics.length > 0) {
    throw new Error(`does not parse as a TypeScript type: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, ' ')}`);
  }
  const alias = source.statements[0];
  if (source.statements.length !== 1 || !alias || !ts.isTypeAliasDeclaration(alias) || !ts.isFunctionTypeNode(alias.type)) {
    throw new Error('must be a function type such as "(a: number) => number"');
  }
  const fn = alias.type;
  const params = fn.parameters.map((p, index) => {
    if (!ts.isIdentifier(p.name)) throw new Error(`parameter ${index + 1} must be a plain name`);
    if (!p.type) throw new Error(`parameter "${p.name.text}" needs a type`);
    if (p.dotDotDotToken) throw new Error(`parameter "${p.name.text}" may not be a rest parameter`);
    return { name: p.name.text, type: toSpec(p.type) };
  });
  let returnNode = fn.type;
  let async = false;
  if (ts.isTypeReferenceNode(returnNode) && returnNode.typeName.getText() === 'Promise' && returnNode.typeArguments?.length === 1) {
    async = true;
    returnNode = returnNode.typeArguments[0];
  }
  return { text, params, returns: toSpec(returnNode), async };
}

function toSpec(node: TS.TypeNode): TypeSpec {
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    case ts.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
  }
  if (ts.isParenthesizedTypeNode(node)) return toSpec(node.type);
  if (ts.isArrayTypeNode(node)) return { kind: 'array', of: toSpec(node.elementType) };
  if (ts.isTypeReferenceNode(node) && ['Array', 'ReadonlyArray'].includes(node.typeName.getText()) && node.typeArguments?.length === 1) {
    return { kind: 'array', of: toSpec(node.typeArguments[0]) };
  }
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return toSpec(node.type);
  if (ts.isTupleTypeNode(node)) {
    return { kind: 'tuple', items: node.elements.map((e) => toSpec(ts.isNamedTupleMember(e) ? e.type : e)) };
  }
  return { kind: 'other', text: node.getText() };
}

/** Prints a TypeSpec back as TypeScript type text. */
export function typeText(spec: TypeSpec): string {
  switch (spec.kind) {
    case 'array': {
      const inner = typeText(spec.of);
      return /[|&]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case 'tuple':
      return `[${spec.items.map(typeText).join(', ')}]`;
    case 'other':
      return spec.text;
    default:
      return spec.kind;
  }
}
