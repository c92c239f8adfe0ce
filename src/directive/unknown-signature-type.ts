import { ts } from '../compiler/typescript.js';
import { createCachedCompilerHost } from '../compiler/cached-compiler-host.js';
import { candidateCompilerOptions } from '../compiler/candidate-compiler-options.js';
import type { Signature, TypeSpec } from './signature.js';

const CHECK_FILE = '/__hephaestus__/signature-check.ts';
// "Cannot find name", "... Did you mean", "Cannot find namespace", "has no exported member".
const UNKNOWN_NAME_CODES = new Set([2304, 2552, 2503, 2694, 2724]);

function modelled(spec: TypeSpec): boolean {
  if (spec.kind === 'array') return modelled(spec.of);
  if (spec.kind === 'tuple') return spec.items.every(modelled);
  return spec.kind !== 'other';
}

/**
 * What the compiler says is wrong with the types a signature names (`numbr`, `Map<string>`), or undefined when
 * candidates could be checked against it. Checked with the same compiler options as candidates, so a directive is
 * refused at load rather than after a run of candidates that could never match it. Signatures of numbers, strings,
 * booleans, arrays and tuples of them need no compiler.
 */
export function unknownSignatureType(signature: Signature): string | undefined {
  if (signature.params.every((p) => modelled(p.type)) && modelled(signature.returns)) return undefined;
  const source = ts.createSourceFile(CHECK_FILE, `export type Checked = ${signature.text};\n`, ts.ScriptTarget.ES2022, true);
  const host = createCachedCompilerHost(candidateCompilerOptions(), new Map([[CHECK_FILE, source]]));
  const program = ts.createProgram({ rootNames: [CHECK_FILE], options: candidateCompilerOptions(), host });
  const first = program.getSemanticDiagnostics(source).find((d) => !d.reportsUnnecessary);
  if (!first) return undefined;
  const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  if (!UNKNOWN_NAME_CODES.has(first.code) || first.start === undefined || first.length === undefined) return message;
  return `unknown type "${source.text.slice(first.start, first.start + first.length)}" (${message})`;
}
