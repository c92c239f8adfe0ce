import ts from 'typescript';
import type { ExtraPrimitive } from './gp-api.js';
import type { GpContext } from './gp-context.js';
import type { Individual } from './program-tree.js';
import { printBody } from './print-program.js';
import type { Primitive } from './primitives/primitive.js';
import { HELPERS } from './primitives/primitive-set.js';

/** The whitelisted table evolved code runs against: helpers, Math/String/Number/Array, and a step-counter reset. */
export type PrimitiveTable = Readonly<Record<string, unknown>> & { resetSteps: () => void };

/** A compiled program: one call per case, inputs in parameter order. */
export type CompiledProgram = (...inputs: unknown[]) => unknown;

const GLOBALS = ['Math', 'String', 'Number', 'Array'];
let cachedSource: string | undefined;

/** JavaScript source that builds the table of built-in helpers (transpiled once from the same TypeScript the modules inline). */
export function tableSource(): string {
  if (cachedSource) return cachedSource;
  const names = Object.keys(HELPERS).filter((h) => h !== 'tick');
  const ts_ = Object.values(HELPERS).map((h) => h.source).join('\n');
  const js = ts.transpileModule(ts_, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  cachedSource = `"use strict";\n${js}\nreturn Object.freeze({ resetSteps() { steps = 0; }, tick, ${[...GLOBALS, ...names].join(', ')} });`;
  return cachedSource;
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

/** The prologue binding every table entry to a local name, so programs call helpers without a property lookup. */
function prologue(table: PrimitiveTable): string {
  return `"use strict";\nconst { ${Object.keys(table).filter((k) => k !== 'resetSteps').join(', ')} } = P;\n`;
}

/** Compiles one program source against the table (safe by construction: the source names only table entries and locals). */
export function compileProgram(source: string, table: PrimitiveTable): CompiledProgram {
  return new Function('P', `${prologue(table)}return ${source};`)(table) as CompiledProgram;
}

/**
 * Compiles many program sources with one `new Function`: one parse and one prologue for the batch instead of one per
 * program, which is most of the cost of compiling small programs. A batch that does not compile falls back to compiling
 * its programs one by one, so a bad source only costs itself (undefined: it gets the penalty on every case).
 */
export function compilePrograms(sources: string[], table: PrimitiveTable): (CompiledProgram | undefined)[] {
  try {
    const fns = new Function('P', `${prologue(table)}return [\n${sources.join(',\n')}\n];`)(table) as CompiledProgram[];
    if (Array.isArray(fns) && fns.length === sources.length) return fns;
  } catch {
    // a source of the batch does not compile: find it below
  }
  return sources.map((source) => {
    try {
      return compileProgram(source, table);
    } catch {
      return undefined;
    }
  });
}
