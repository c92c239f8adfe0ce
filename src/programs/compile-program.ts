import { ts } from '../compiler/typescript.js';
import type { ExtraPrimitive } from './gp-problem.js';
import type { GpContext } from './gp-context.js';
import type { Individual } from './program-tree.js';
import { compilePrograms } from './compile-programs.js';
import { printBody } from './print-program.js';
import type { Primitive } from '../primitives/primitive.js';
import { ENGINE_STEP_SOURCE, STEP_LIMIT } from '../primitives/array-helpers.js';
import { HELPERS } from '../primitives/primitive-set.js';

/** The whitelisted table evolved code runs against: helpers, Math/String/Number/Array, and a step-counter reset with the execution's budget. */
export type PrimitiveTable = Readonly<Record<string, unknown>> & { resetSteps: (limit?: number) => void };

/** A compiled program: one call per case, inputs in parameter order. */
export type CompiledProgram = (...inputs: unknown[]) => unknown;

const GLOBALS = ['Math', 'String', 'Number', 'Array'];
let cachedSource: string | undefined;

/** JavaScript source that builds the table of built-in helpers (transpiled once from the same TypeScript the modules inline). */
export function tableSource(): string {
  if (cachedSource) return cachedSource;
  const names = Object.keys(HELPERS);
  const ts_ = Object.values(HELPERS).map((h) => h.source).join('\n');
  const js = ts.transpileModule(ts_, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const reset = `resetSteps(limit = ${STEP_LIMIT}) { steps = 0; stepLimit = limit; }`;
  cachedSource = `"use strict";\n${js}\n${ENGINE_STEP_SOURCE}\nreturn Object.freeze({ ${reset}, bounded, charged, ${[...GLOBALS, ...names].join(', ')}, ...guarded });`;
  return cachedSource;
}

/** Takes the table source the main thread made (see island-threads.ts), so a thread never loads the TypeScript compiler for it. */
export function useTableSource(source: string): void {
  cachedSource ??= source;
}

/** Builds the frozen primitive table, adding a directive's extra primitives. */
export function buildTable(extras: ExtraPrimitive[] = []): PrimitiveTable {
  const base = new Function(tableSource())() as Record<string, unknown>;
  const table: Record<string, unknown> = { ...base };
  for (const x of extras) table[x.name] = x.fn;
  return Object.freeze(table) as PrimitiveTable;
}

/** The JavaScript source of a program: one function expression over its parameters (table names are bound by the compiler). */
export function programSource(ctx: GpContext, individual: Individual): string {
  const body = printBody(ctx, individual, false, new Set<Primitive>());
  return `function (${ctx.params.map((p) => p.name).join(', ')}) {\n${body.join('\n')}\n}`;
}

/** Compiles one program source against the table; throws when it does not compile. */
export function compileProgram(source: string, table: PrimitiveTable): CompiledProgram {
  const [fn] = compilePrograms([source], table);
  if (!fn) throw new Error('the program does not compile');
  return fn;
}
