import type { GpType } from './gp-problem.js';
import type { Primitive } from '../primitives/primitive.js';

/**
 * For each type, the fewest nodes that must be added around an expression of that type before it becomes one of
 * the output types (0 for an output type; absent when no chain of primitives leads there). Each other argument counts
 * one node, a lower bound, so an enumeration that skips expressions with size + distance > its size limit never
 * skips one that could still be part of a program: expressions that can reach no output within the limit (a
 * comparison when the answer is an integer and no primitive turns a boolean back into one) are never built.
 */
export function nodesToOutput(primitives: Primitive[], outputs: GpType[]): Map<GpType, number> {
  const distance = new Map<GpType, number>(outputs.map((t) => [t, 0]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of primitives) {
      const above = distance.get(p.ret);
      if (above === undefined) continue;
      p.args.forEach((t, i) => {
        // A lambda argument is a body built from the lambda's parameters, never an enumerated expression.
        if (p.lambdas?.[i]) return;
        const via = above + p.args.length;
        if (via < (distance.get(t) ?? Infinity)) {
          distance.set(t, via);
          changed = true;
        }
      });
    }
  }
  return distance;
}
