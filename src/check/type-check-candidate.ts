import { basename, dirname, join } from 'node:path';
import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { BuildError } from './build-result.js';
import { createCachedCompilerHost } from '../compiler/cached-compiler-host.js';
import { candidateCompilerOptions } from '../compiler/candidate-compiler-options.js';

/** What the compiler said about one candidate, split into the build's error kinds. */
export interface TypeCheckOutcome {
  errors: BuildError[];
  /** Type errors in the candidate, signature mismatches included. */
  typeErrors: number;
  /** Unused locals and parameters: reported by the compiler, but counted as lint rather than failure. */
  unusedFindings: number;
  /** The checker of the candidate's program, for the static guard's type-aware rules. */
  checker: TS.TypeChecker;
}

const CHECK_FILE = '__signature_check__.ts';
const MAX_MESSAGE_CHARS = 600;

/**
 * Type-checks a parsed candidate (named by its path in its staging directory) and, given a signature, checks that its
 * default export is assignable to it via a virtual file `export const signatureCheck: (<signature>) = candidate;`.
 */
export function typeCheckCandidate(candidate: TS.SourceFile, signature: string | undefined, defaultExportLine?: number): TypeCheckOutcome {
  const files = new Map([[candidate.fileName, candidate]]);
  const check = signature === undefined ? undefined : signatureCheckFile(candidate.fileName, signature);
  if (check) files.set(check.fileName, check);
  const host = createCachedCompilerHost(candidateCompilerOptions(), files);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: candidateCompilerOptions(), host });
  const outcome: TypeCheckOutcome = { errors: [], typeErrors: 0, unusedFindings: 0, checker: program.getTypeChecker() };
  for (const diagnostic of [...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics(candidate)]) {
    if (diagnostic.reportsUnnecessary) {
      outcome.unusedFindings += 1;
      continue;
    }
    outcome.typeErrors += 1;
    outcome.errors.push({ stage: 'type-check', message: messageOf(diagnostic), line: lineOf(diagnostic) });
  }
  for (const diagnostic of check ? program.getSemanticDiagnostics(check) : []) {
    if (diagnostic.reportsUnnecessary) continue;
    outcome.typeErrors += 1;
    const message = `default export does not match the signature ${signature}: ${messageOf(diagnostic)}`;
    outcome.errors.push({ stage: 'signature', message: message.slice(0, MAX_MESSAGE_CHARS), line: defaultExportLine });
  }
  return outcome;
}

function signatureCheckFile(candidatePath: string, signature: string): TS.SourceFile {
  const moduleName = basename(candidatePath).replace(/\.ts$/, '.js');
  const text = `import candidate from './${moduleName}';\nexport const signatureCheck: (${signature}) = candidate;\n`;
  return ts.createSourceFile(join(dirname(candidatePath), CHECK_FILE), text, ts.ScriptTarget.ES2022, true);
}

function messageOf(diagnostic: TS.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').slice(0, MAX_MESSAGE_CHARS);
}

function lineOf(diagnostic: TS.Diagnostic): number | undefined {
  if (!diagnostic.file || diagnostic.start === undefined) return undefined;
  return diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
}
