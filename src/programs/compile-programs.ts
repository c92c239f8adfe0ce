// Kept apart from compile-program.ts so evaluation workers load neither the TypeScript compiler nor the primitive set.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';

/** The name every evolved program's function is compiled under, so that V8 can be told not to optimise it (below). */
const PROGRAM_NAME = 'gpProgram';

// TurboFan spends milliseconds optimising a small or hot function; an evolved program runs on 50 to 2,200 cases and
// is thrown away, so optimising it cost more than it saved (an execution on fizz-buzz's test probes took 0.9 µs of
// CPU without it, 3.7 with it: throughput-round3.md). Helpers, lambdas, hot programs (below) and the engine's own code
// are still optimised. The flag is process-wide: it is set once, by the main thread, when it loads the engine, before
// any island or evaluation thread starts (a thread that loads the engine in a process whose main thread did not runs
// its programs optimised, as before).
if (isMainThread) setFlagsFromString(`--turbo-filter=-${PROGRAM_NAME}`);

/** The source with its function named PROGRAM_NAME (sources are printed as `function (params) {...}`). */
function named(source: string): string {
  return source.startsWith('function (') ? `function ${PROGRAM_NAME}(${source.slice('function ('.length)}` : source;
}

/** The prologue binding every table entry to a local name, so programs call helpers without a property lookup. */
function prologue(table: PrimitiveTable): string {
  return `"use strict";\nconst { ${Object.keys(table).filter((k) => k !== 'resetSteps').join(', ')} } = P;\n`;
}

/** Compiles one program source (a function expression) against the table; undefined when it does not compile. */
function compileOne(source: string, table: PrimitiveTable, hot: boolean): CompiledProgram | undefined {
  try {
    const fns = new Function('P', `${prologue(table)}return [${hot ? source : named(source)}];`)(table) as unknown[];
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
 * programs one by one, so a bad source only costs itself (undefined: it gets the penalty on every case). `hot`
 * programs (a script evaluator's heuristic, called thousands of times per evaluation) stay anonymous, so V8 may
 * optimise them: kept out of TurboFan, bin-packing's evaluations took 35% more CPU.
 */
export function compilePrograms(sources: string[], table: PrimitiveTable, hot = false): (CompiledProgram | undefined)[] {
  try {
    const texts = hot ? sources : sources.map(named);
    const fns = new Function('P', `${prologue(table)}return [\n${texts.map((s) => `(${s})`).join(',\n')}\n];`)(table) as CompiledProgram[];
    // Function.prototype.toString gives a function's exact source text: equal to the source, it is that whole source.
    if (Array.isArray(fns) && fns.length === sources.length && fns.every((fn, i) => typeof fn === 'function' && fn.toString() === texts[i])) return fns;
  } catch {
    // a source of the batch does not compile: find it below
  }
  return sources.map((source) => compileOne(source, table, hot));
}
