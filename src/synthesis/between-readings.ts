import type { ExampleCase } from '../directive/directive.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal, variable } from '../programs/program-tree.js';
import type { TupleReading } from './tuple-readings.js';

/** Counts up to this many integers between two parameters in a case: a loop over more runs out of its steps. */
const MOST_BETWEEN = 1_000;

const int = (value: number): GpNode => literal('int', value);
const x1 = variable('int', 'x1');

/**
 * Two integer parameters read as the integers from one to the other, inclusive (the sum of the integers from a to b, the
 * even numbers between them, how many of them are divisible by k): a body over each integer, which also reads every
 * scalar parameter the loop does not visit (`withScalars`). The order is the cases': from a to b where a ≤ b in every
 * case, from b to a where b ≤ a in every one, from the smaller to the larger where they differ. The loop counts
 * `range(b - a + 1)` and reads `x1 + a`, so no bound is held in a list before it starts. One reading per pair of
 * integer parameters; none where a case spans more than a thousand integers.
 */
export function betweenReadings(ctx: GpContext, cases: ExampleCase[]): TupleReading[] {
  const readings: TupleReading[] = [];
  const ints = ctx.params.flatMap((p, i) => (p.type === 'int' ? [i] : []));
  for (const [n, i] of ints.entries()) {
    for (const j of ints.slice(n + 1)) {
      const pairs = cases.map((c) => [c.inputs[i], c.inputs[j]] as [number, number]);
      if (pairs.some(([a, b]) => !Number.isInteger(a) || !Number.isInteger(b) || Math.abs(a - b) >= MOST_BETWEEN) || pairs.every(([a, b]) => a === b)) continue;
      const [a, b] = [variable('int', ctx.params[i].name), variable('int', ctx.params[j].name)];
      const up = pairs.every(([x, y]) => x <= y);
      const down = pairs.every(([x, y]) => y <= x);
      const [low, high] = up ? [a, b] : down ? [b, a] : [call('min_int', 'int', [a, b]), call('max_int', 'int', [a, b])];
      const from = (x: number, y: number): number => (up ? x : down ? y : Math.min(x, y));
      const count = call('add_int', 'int', [call('sub_int', 'int', [high, low]), int(1)]);
      readings.push({
        vars: ['int'],
        weight: 1,
        tuples: (c) => {
          const [x, y] = [c.inputs[i] as number, c.inputs[j] as number];
          // As the loop: none where the cases' order is broken (`range` of a negative count is empty).
          if ((up && x > y) || (down && y > x)) return [];
          const start = from(x, y);
          return Array.from({ length: Math.abs(x - y) + 1 }, (_, k) => [start + k]);
        },
        loop: { xs: call('map_ints_int', 'int[]', [call('range_int', 'int[]', [count]), call('add_int', 'int', [x1, low])]), element: 'int', access: [x1] },
      });
    }
  }
  return readings;
}

/**
 * A lone integer parameter read as the integers from 1 to n (its divisors' sum, the squares up to n), beside the count
 * 0 … n - 1 (tuple-readings.ts), the body reading each number and n. Only for a signature of one integer: beside other
 * parameters it took a share of the search their readings needed (the integers between a and b divisible by k). None
 * where a case's n is not a whole number from 0 to a thousand.
 */
export function fromOneReadings(ctx: GpContext, cases: ExampleCase[]): TupleReading[] {
  if (ctx.params.length !== 1 || ctx.params[0].type !== 'int') return [];
  if (cases.some((c) => !Number.isInteger(c.inputs[0]) || (c.inputs[0] as number) < 0 || (c.inputs[0] as number) > MOST_BETWEEN)) return [];
  const n = variable('int', ctx.params[0].name);
  return [
    {
      vars: ['int'],
      whole: { type: 'int', params: ctx.params, index: 0 },
      weight: 1,
      tuples: (c: ExampleCase) => Array.from({ length: c.inputs[0] as number }, (_, k) => [k + 1, c.inputs[0]]),
      loop: { xs: call('map_ints_int', 'int[]', [call('range_int', 'int[]', [n]), call('add_int', 'int', [x1, int(1)])]), element: 'int', access: [x1] },
    },
  ];
}

