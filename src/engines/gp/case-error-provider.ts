import type { PrimitiveTable } from '../../programs/compile-program.js';

/** Errors of program sources on the chosen case columns, laid out program by program (as evaluateSources). */
export type CaseErrorFunction = (sources: string[], split: 'train' | 'test', indices: Int32Array) => Float64Array | Promise<Float64Array>;

/**
 * A module that computes case errors in place of the examples' expected outputs (a script evaluator, test files).
 * It exports `createCaseErrors(options, table)`, loaded once per worker thread; options must survive structured cloning.
 */
export interface CaseErrorProvider {
  /** URL of the provider module. */
  module: string;
  options: unknown;
}

type ProviderModule = { createCaseErrors: (options: unknown, table: PrimitiveTable) => CaseErrorFunction | Promise<CaseErrorFunction> };

/** Loads a provider's case-error function against the primitive table programs are compiled with. */
export async function loadCaseErrors(provider: CaseErrorProvider, table: PrimitiveTable): Promise<CaseErrorFunction> {
  const loaded = (await import(provider.module)) as ProviderModule;
  return loaded.createCaseErrors(provider.options, table);
}
