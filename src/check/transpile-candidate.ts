import { ts } from '../compiler/typescript.js';
import type { BuildError } from './build-result.js';

/** A candidate compiled to JavaScript, with the syntax errors the parser met on the way. */
export interface TranspiledCandidate {
  javascript: string;
  parseErrors: BuildError[];
}

/** Compiles a candidate to the ES module the sandbox imports (types erased, nothing bundled) and reports parse errors. */
export function transpileCandidate(code: string): TranspiledCandidate {
  const output = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, sourceMap: false },
    fileName: 'candidate.ts',
    reportDiagnostics: true,
  });
  const parseErrors = (output.diagnostics ?? []).map((diagnostic): BuildError => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file || diagnostic.start === undefined) return { stage: 'parse', message };
    return { stage: 'parse', message, line: diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 };
  });
  return { javascript: output.outputText, parseErrors };
}
