import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal, variable } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import type { Aggregate } from './aggregates.js';
import { arrayOf, keptFirsts } from './aggregates.js';

const productOf = (values: number[]): number => values.reduce((p, v) => p * v, 1);

/** `fold(xs, 1, (acc1, x1) => acc1 * x1)`: the product of a number list, 1 for none. */
function multiplied(xs: GpNode, type: GpType): GpNode {
  const t = tag(type);
  const times = call(`mul_${t}`, type, [variable(type, 'acc1'), variable(type, 'x1')]);
  return call(`fold_${tag(arrayOf(type))}_${t}`, type, [xs, literal(type, 1), times]);
}

/**
 * The reductions a person writes in one line beside a sum: a product (a factorial, a product of digits; 1 over no
 * tuples), and the largest or smallest of the body's values (the longest line's length; 0 over no tuples, as `maxOf` gives).
 */
export function foldAggregates(type: GpType): Aggregate[] {
  if (type !== 'int' && type !== 'float') return [];
  const extreme = (name: 'max' | 'min'): Aggregate => ({
    name: `${name === 'max' ? 'largest' : 'smallest'} value`,
    body: type,
    apply: (values) => (values.length === 0 ? 0 : (values as number[]).reduce((a, b) => Math[name](a, b))),
    compose: (l, f) => call(`${name}_${tag(arrayOf(type))}`, type, [l.map(type, f)]),
    maps: true,
  });
  const product: Aggregate = { name: 'product', body: type, apply: (values) => productOf(values as number[]), compose: (l, f) => multiplied(l.map(type, f), type), maps: true };
  return [extreme('max'), extreme('min'), product];
}

/** Where a loop visits the elements of a number list of the output's type: the product of those a condition keeps (the non-zero ones). */
export function keptProducts(type: GpType, element: GpType): Aggregate[] {
  if ((type !== 'int' && type !== 'float') || element !== type) return [];
  const a = arrayOf(type);
  const compose = (l: { xs: GpNode }, f: GpNode): GpNode => multiplied(call(`filter_${tag(a)}`, a, [l.xs, f]), type);
  return [{ name: 'product of kept', body: 'boolean', apply: (values, tuples) => productOf(keptFirsts(values, tuples)), compose }];
}

/**
 * At a number list's positions: the sum of the elements where a condition on the element, its index and the
 * parameters holds (the numbers at odd positions), `sum(range(xs.length).filter(f).map((x1) => xs[x1]))`; `part` is
 * the element at `x1`.
 */
export function keptPartSums(type: GpType, whole: { type: GpType }, part: GpNode): Aggregate[] {
  if ((type !== 'int' && type !== 'float') || whole.type !== arrayOf(type) || part.type !== type) return [];
  const a = arrayOf(type);
  const apply = (values: unknown[], tuples: unknown[][]): number => tuples.reduce((s, t, i) => (values[i] === true ? s + (t[0] as number) : s), 0);
  const compose = (l: { xs: GpNode }, f: GpNode): GpNode => call(`sum_${tag(a)}`, type, [call(`map_ints_${type}`, a, [call('filter_ints', 'int[]', [l.xs, f]), part])]);
  return [{ name: 'sum of kept parts', body: 'boolean', apply, compose }];
}
