import { ts } from '../compiler/typescript.js';

// Literals are kept with their value (cut short): a changed constant can change what a program does.
// Built on first use: the SyntaxKind enum belongs to the lazily loaded compiler.
let literalKinds: Set<number> | undefined;

/** Splits an identifier into lower-case words (camelCase, snake_case, digits), so `maxValue` and `max_value` share features. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/**
 * The features of a text seen as code: TypeScript tokens (literals cut short), the words of every identifier, and
 * token 2- and 3-grams, which stand in for small syntax-tree shapes (`( a , b )`, `return x *`).
 * Comments and whitespace are skipped, so reformatting does not move a program.
 */
export function codeFeatures(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const literals = (literalKinds ??= new Set([ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.BigIntLiteral]));
  const tokens: string[] = [];
  const features: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.Identifier) {
      // Words let `maxValue` meet `max_value`; the whole name stays in the n-grams, since `a - b` is not `a - c`.
      for (const word of identifierWords(scanner.getTokenText())) features.push(`w:${word}`);
      tokens.push(scanner.getTokenText());
    } else if (literals.has(kind)) {
      tokens.push(scanner.getTokenText().slice(0, 16));
    } else {
      tokens.push(scanner.getTokenText());
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    features.push(`t:${tokens[i]}`);
    if (i + 1 < tokens.length) features.push(`b:${tokens[i]} ${tokens[i + 1]}`);
    if (i + 2 < tokens.length) features.push(`g:${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  }
  return features;
}
