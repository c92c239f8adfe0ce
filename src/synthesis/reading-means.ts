import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import { collectVars } from '../programs/tree-ops.js';
import type { TupleReading } from './tuple-readings.js';
import { tag } from '../primitives/primitive.js';

/** The mean of a number list as the emitted program computes it (0 for an empty list, as `ratio` and `fdiv` give). */
function meanNode(list: GpNode): GpNode {
  const sum = call(`sum_${tag(list.type)}`, list.type.slice(0, -2) as GpType, [list]);
  const length = call(`len_${tag(list.type)}`, 'int', [list]);
  return list.type === 'int[]' ? call('ratio_int', 'float', [sum, length]) : call('div_float', 'float', [sum, call('float_of_int', 'float', [length])]);
}

function sum(xs: unknown): number {
  let total = 0;
  if (Array.isArray(xs)) for (const x of xs) total += x as number;
  return total;
}

const mean = (xs: unknown): number => (Array.isArray(xs) && xs.length > 0 ? sum(xs) / xs.length : 0);

/**
 * A reading whose bodies read every parameter (a part and its index, a count) also reads the mean of each number list
 * among them, as one more variable its body may use (`x1 > mean`, `(x1 - mean) ** 2`): counting the numbers above the
 * average or summing squared deviations takes a body of three or five nodes instead of eight or more. Each mean is
 * computed once per case beside the tuple, and the composed loop reads it as `ratio(sum(xs), xs.length)`.
 */
export function withMeans(ctx: GpContext, reading: TupleReading): TupleReading {
  const whole = reading.whole;
  const lists = ctx.params.flatMap((p, i) => (p.type === 'int[]' || p.type === 'float[]' ? [i] : []));
  if (!whole || lists.length === 0 || whole.params.length !== ctx.params.length) return reading;
  const taken = new Set(ctx.params.map((p) => p.name));
  // A problem without floats has no float primitives to compare a mean with: its bodies read the sum and the length
  // instead (`x1 * xsLength > xsSum`).
  const float = ctx.types.includes('float');
  const derived = lists.flatMap((i) => {
    const list: GpNode = { kind: 'var', type: ctx.params[i].type, name: ctx.params[i].name };
    const element = list.type.slice(0, -2) as GpType;
    const kinds = float
      ? [{ suffix: 'Mean', type: 'float' as GpType, node: meanNode(list), of: mean }]
      : [
          { suffix: 'Sum', type: element, node: call(`sum_${tag(list.type)}`, element, [list]), of: sum },
          { suffix: 'Length', type: 'int' as GpType, node: call(`len_${tag(list.type)}`, 'int', [list]), of: (xs: unknown) => (Array.isArray(xs) ? xs.length : 0) },
        ];
    return kinds.map(({ suffix, type, node, of }) => {
      let name = `${ctx.params[i].name}${suffix}`;
      while (taken.has(name)) name = `${name}_`;
      taken.add(name);
      return { name, type, node, of, param: i };
    });
  });
  // The inputs follow the body's own variables in a tuple (a part and its index, or a count).
  const inputsAt = reading.vars.length;
  return {
    ...reading,
    whole: { ...whole, params: [...whole.params, ...derived.map(({ name, type }) => ({ name, type }))] },
    tuples: (c) => reading.tuples(c)?.map((t) => [...t, ...derived.map((d) => d.of(t[inputsAt + d.param]))]),
    derived: derived.map(({ name, node }) => ({ name, node })),
  };
}

const SCALARS = new Set<GpType>(['int', 'float', 'string', 'boolean']);

/**
 * A reading that visits some parameters' parts (elements, characters, words, neighbours, two side by side) also gives
 * its body every scalar parameter it does not visit, after the tuple's own values: counting the numbers divisible by
 * `k` or the words longer than `k` is then a body of five nodes over `el` and `k` (`mod(el, k) === 0`), where only the
 * positions' reading, with every input in each tuple, could read `k` before. Positions and counts read every parameter
 * already and are left as they are.
 */
export function withScalars(ctx: GpContext, reading: TupleReading): TupleReading {
  if (reading.whole) return reading;
  const visited = new Set<string>();
  [reading.loop.xs, ...reading.loop.access].forEach((node) => collectVars(node, visited));
  const beside = ctx.params.flatMap((p, i) => (SCALARS.has(p.type) && !visited.has(p.name) ? [i] : []));
  if (beside.length === 0) return reading;
  return {
    ...reading,
    tuples: (c) => reading.tuples(c)?.map((t) => [...t, ...beside.map((i) => c.inputs[i])]),
    beside: beside.map((i) => ctx.params[i]),
  };
}
