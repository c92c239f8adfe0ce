import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { invalidInput } from '../errors/hephaestus-error.js';

/** Remembers transpiled sources by path, size and mtime, so a forge loop does not re-transpile the same tests. */
export type TranspileCache = Map<string, string>;

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.tsx']);

/**
 * The ES module text for a directive's test file or evaluator module: TypeScript is transpiled (types erased,
 * nothing bundled), .mjs/.js is taken as it is. `field` names the directive field for error messages.
 */
export async function moduleSourceText(file: string, field: string, cache: TranspileCache): Promise<string> {
  let key: string;
  try {
    const info = await stat(file);
    key = `${file}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    throw invalidInput(file, field, 'file does not exist or cannot be read');
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const source = await readFile(file, 'utf8');
  const text = TYPESCRIPT_EXTENSIONS.has(extname(file)) ? await transpile(file, field, source) : source;
  cache.set(key, text);
  return text;
}

async function transpile(file: string, field: string, source: string): Promise<string> {
  const ts = (await import('typescript')).default;
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, sourceMap: false },
    fileName: file,
    reportDiagnostics: true,
  });
  const first = output.diagnostics?.[0];
  if (first) {
    const where = first.file && first.start !== undefined ? `line ${first.file.getLineAndCharacterOfPosition(first.start).line + 1}` : field;
    throw invalidInput(file, where, `does not transpile: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
  }
  return output.outputText;
}
