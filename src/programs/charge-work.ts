import type { Primitive } from '../primitives/primitive.js';

/**
 * Primitives whose work does not grow with the size of their values: indexing, lengths, ternaries, and string
 * concatenation (V8 joins strings as ropes in constant time, so a fold that builds a string char by char is linear).
 */
const CONSTANT_WORK = /^(if_|len_|nth_|charAt$|first_string$|last_string$|code_string$|floats_of_ints$|cat_string$)/;

/**
 * Primitives whose result is exactly as long as their first argument: charging the argument ticks the same steps at
 * the same point of the count (nothing ticks in between), so a result past the step limit throws before it is built.
 */
const LENGTH_KEPT = /^(reverse_|sort_)/;

const isSequence = (type: string): boolean => type === 'string' || type.endsWith('[]');

/** How each primitive's calls are charged, worked out once (every program printed for evaluation asks). */
const charging = new WeakMap<Primitive, 'none' | 'result' | 'first'>();

/**
 * The engine's JavaScript for one call, with its work charged to the execution's step budget (`charged(v)` ticks
 * length/16 steps for values of 16 or more and returns v; short values ride free, their loop already charges each
 * iteration): a call that builds a string or array is charged for the result's length, one that reads a string or
 * array into a scalar for its first argument's. Loops already charge each element they visit
 * (`bounded`, `guarded`), so a per-character lambda that re-reads the whole string is charged n² / 16 and a quadratic
 * program is cut short on long inputs, instead of the step counter counting only iterations. Emitted modules print the
 * plain call: the charge changes only where the engine stops, never what a call computes.
 */
export function chargedCall(p: Primitive, args: string[]): string {
  let how = charging.get(p);
  if (how === undefined) {
    // The name patterns are the built-ins'; a building block (a solved module) is named by whoever wrote it.
    const builtIn = !p.library;
    how = p.extra || (builtIn && CONSTANT_WORK.test(p.name)) ? 'none' : builtIn && LENGTH_KEPT.test(p.name) && !p.lambdas ? 'first' : isSequence(p.ret) ? 'result' : !p.lambdas && p.args.length > 0 && isSequence(p.args[0]) ? 'first' : 'none';
    charging.set(p, how);
  }
  if (how === 'result') return `charged(${p.print(args, false)})`;
  if (how === 'first') return p.print([`charged(${args[0]})`, ...args.slice(1)], false);
  return p.print(args, false);
}
