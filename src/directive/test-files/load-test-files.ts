import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname } from 'node:path';
import { ts } from '../../compiler/typescript.js';
import type { GpTestSuite } from './test-suite.js';

/** One named test of a test file, or why it cannot run (a file that does not load, an export that is no test). */
export interface NamedTest {
  name: string;
  run?: (fn: unknown, mod: unknown) => unknown;
  broken?: string;
}

/** The module ids a test file may take its assertions from; the engine hands it its own assert for these. */
const ASSERT_IDS = new Set(['assert', 'assert/strict', 'node:assert', 'node:assert/strict']);

/** Reads and transpiles a directive's test files to CommonJS, so a worker can load them with its own `require`. */
export function readTestFiles(files: string[]): GpTestSuite['files'] {
  return files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    }).outputText;
    return { file, name: basename(file, extname(file)), source: js };
  });
}

/** The named tests a file's default export holds, named and checked as the sandbox's runner does (load-harness.mjs). */
function testsOf(name: string, exported: unknown): NamedTest[] {
  if (typeof exported === 'function') return [{ name, run: exported as NamedTest['run'] }];
  if (exported === null || typeof exported !== 'object') return [{ name, broken: 'the default export is neither a test function nor an object of test functions' }];
  const keys = Object.keys(exported);
  if (keys.length === 0) return [{ name, broken: 'the default export holds no tests' }];
  return keys.map((key) => {
    const run = (exported as Record<string, unknown>)[key];
    const full = `${name} > ${key}`.slice(0, 200);
    return typeof run === 'function' ? { name: full, run: run as NamedTest['run'] } : { name: full, broken: 'not a test function' };
  });
}

/**
 * Loads transpiled test files in this thread. `assertFor` replaces the assert module a file imports (with a
 * recording or counting one); other imports resolve from the file's own directory. The files are trusted code.
 */
export function loadTestFiles(files: GpTestSuite['files'], assertFor: (real: unknown) => unknown): NamedTest[] {
  return files.flatMap(({ file, name, source }) => {
    const requireReal = createRequire(file);
    const require = (id: string): unknown => (ASSERT_IDS.has(id) ? assertFor(requireReal(id)) : requireReal(id));
    const module = { exports: {} as Record<string, unknown> };
    try {
      new Function('exports', 'require', 'module', '__filename', '__dirname', source)(module.exports, require, module, file, dirname(file));
    } catch (error) {
      return [{ name, broken: `test file could not be loaded: ${error instanceof Error ? error.message : String(error)}` }];
    }
    return testsOf(name, module.exports.default);
  });
}
