import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

/**
 * An output that may be a step applied a parameter's number of times to another parameter (snow on the ground after
 * `hours` hours, a balance after `years` years): `count` and `start` are parameter indices, and `once` the cases where
 * the step is applied once, as cases of the step itself: the other parameters (the count left out, the start standing
 * for the state the step reads) and the output, the state after it.
 */
export interface CountedSteps {
  count: number;
  start: number;
  once: ExampleCase[];
}

/** Cases of a single step at least this many, and telling this many distinct states: fewer would fit any step. */
const LEAST_ONCE = 3;

/** Most readings returned: each is a problem the seed stage solves in turn. */
const MOST_READINGS = 2;

/** How far a step moved a state, relative to its size (numbers); 0 for other values. */
const distance = (from: unknown, to: unknown): number => (typeof from === 'number' && typeof to === 'number' ? Math.abs(to - from) / (1 + Math.abs(from)) : 0);

const same = (a: unknown, b: unknown): boolean => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : JSON.stringify(a) === JSON.stringify(b));

/**
 * The readings of a single output as `loop(n, start, step)`, for an integer parameter `n` (never negative, 0 to 1 in
 * some cases, larger in others) and a `start` parameter of the output's type: every case counting 0 has the start as
 * its output, and those counting 1 (at least three, with distinct outputs) tell the step; the other cases are left to
 * checking the composed loop. None for several outputs.
 */
export function countedSteps(cases: ExampleCase[], params: GpType[], returns: GpType[]): CountedSteps[] {
  if (returns.length !== 1) return [];
  const readings: (CountedSteps & { rank: number[] })[] = [];
  params.forEach((countType, count) => {
    if (countType !== 'int') return;
    const counts = cases.map((c) => c.inputs[count]);
    if (!counts.every((n) => Number.isInteger(n) && (n as number) >= 0) || !counts.some((n) => (n as number) > 1)) return;
    const once = cases.filter((c) => c.inputs[count] === 1);
    if (once.length < LEAST_ONCE || new Set(once.map((c) => JSON.stringify(c.outputs[0]))).size < LEAST_ONCE) return;
    params.forEach((startType, start) => {
      if (start === count || startType !== returns[0]) return;
      // Where nothing is counted, the output is the start itself; the step must move it where it is counted once.
      if (!cases.every((c) => c.inputs[count] !== 0 || same(c.inputs[start], c.outputs[0]))) return;
      if (once.every((c) => same(c.inputs[start], c.outputs[0]))) return;
      const without = (inputs: unknown[]): unknown[] => inputs.filter((_, i) => i !== count);
      // Cases counting 0 that give this start back, then how far one step moves it (a balance moves less than a rate).
      const zeros = cases.filter((c) => c.inputs[count] === 0).length;
      const moved = once.reduce((sum, c) => sum + distance(c.inputs[start], c.outputs[0]), 0) / once.length;
      readings.push({ count, start, once: once.map((c) => ({ inputs: without(c.inputs), outputs: c.outputs })), rank: [-zeros, moved] });
    });
  });
  // The likeliest readings first: each is a seed stage of its own, and only MOST_READINGS are run.
  readings.sort((p, q) => p.rank[0] - q.rank[0] || p.rank[1] - q.rank[1]);
  return readings.slice(0, MOST_READINGS).map(({ count, start, once }) => ({ count, start, once }));
}
