import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type TS from 'typescript';
import { ts } from './typescript.js';

let options: TS.CompilerOptions | undefined;
const typesNodeDir = dirname(createRequire(import.meta.url).resolve('@types/node/package.json'));

/**
 * How every candidate is type-checked: strict, ES2023 library without the DOM, Node's globals from @types/node
 * (the sandbox runs candidates on Node), and the unused-code checks whose findings count as lint, not as errors.
 */
export function candidateCompilerOptions(): TS.CompilerOptions {
  // Built on first use (the enums are the compiler's, loaded lazily), then the same object for every program.
  return (options ??= {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [dirname(typesNodeDir)],
    noUnusedLocals: true,
    noUnusedParameters: true,
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: false,
    esModuleInterop: true,
    isolatedModules: true,
  });
}
