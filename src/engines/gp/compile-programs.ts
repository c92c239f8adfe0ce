// Kept apart from compile-program.ts so evaluation workers load neither the TypeScript compiler nor the primitive set.
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';

/** The prologue binding every table entry to a local name, so programs call helpers without a property lookup. */
function prologue(table: PrimitiveTable): string {
  return `"use strict";\nconst { ${Object.keys(table).filter((k) => k !== 'resetSteps').join(', ')} } = P;\n`;
}

/** Compiles one program source (a function expression) against the table; undefined when it does not compile. */
function compileOne(source: string, table: PrimitiveTable): CompiledProgram | undefined {
  try {
    const fns = new Function('P', `${prologue(table)}return [${source}];`)(table) as unknown[];
    return fns.length === 1 && typeof fns[0] === 'function' ? (fns[0] as CompiledProgram) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles many program sources with one `new Function` (safe by construction: sources name only table entries and
 * locals): one parse and one prologue for the batch instead of one per program, most of the cost of compiling small
 * programs. Each source is parenthesised, which makes V8 compile it with the batch instead of parsing it a second time
 * at its first call (every program here is called). A batch that does not compile, or in which a function's text is
 * not exactly its source (one source posing as two programs, or as part of another), falls back to compiling its
 * programs one by one, so a bad source only costs itself (undefined: it gets the penalty on every case).
 */
export function compilePrograms(sources: string[], table: PrimitiveTable): (CompiledProgram | undefined)[] {
  try {
    const fns = new Function('P', `${prologue(table)}return [\n${sources.map((s) => `(${s})`).join(',\n')}\n];`)(table) as CompiledProgram[];
    // Function.prototype.toString gives a function's exact source text: equal to the source, it is that whole source.
    if (Array.isArray(fns) && fns.length === sources.length && fns.every((fn, i) => typeof fn === 'function' && fn.toString() === sources[i])) return fns;
  } catch {
    // a source of the batch does not compile: find it below
  }
  return sources.map((source) => compileOne(source, table));
}
