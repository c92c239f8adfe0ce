import ts from 'typescript';

/** An emitted TypeScript module's default export, transpiled and loaded in this process (test code only). */
export function runModule(code: string): (...args: unknown[]) => unknown {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: { default?: (...args: unknown[]) => unknown } = {};
  new Function('exports', js)(exports);
  return exports.default as (...args: unknown[]) => unknown;
}

/** What a call gives: its value, or the message it threw (`reset` runs first, as the engine's step budget reset). */
export function outcome(fn: (...args: unknown[]) => unknown, inputs: unknown[], reset?: () => void): unknown {
  reset?.();
  try {
    return { value: fn(...structuredClone(inputs)) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}
