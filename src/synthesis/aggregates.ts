import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import { roundTo, roundedNode } from './rounding.js';

/** How a loop's body values make the output, the body's type, and the loop that computes it in the emitted program. */
export interface Aggregate {
  name: string;
  body: GpType;
  /** The output from the body's values on a case's tuples (and the tuples themselves). */
  apply: (values: unknown[], tuples: unknown[][]) => unknown;
  compose: (loop: Loop, body: GpNode) => GpNode;
  /** Whether it only maps the body over the tuples (then two arrays side by side read as a zip, not by index). */
  maps?: true;
  /** The separator the body's texts, one per tuple, are joined with. */
  joins?: string;
  /** A sum divided by a whole number: the sum, and the divisor (which a rounding to as many places cancels). */
  divides?: { sum: Aggregate; divisor: number };
}

/** The sequence a loop visits, its element type, and the array of a body's values over it. */
export interface Loop {
  xs: GpNode;
  element: GpType;
  map: (r: GpType, body: GpNode) => GpNode;
}

export const arrayOf = (t: GpType): GpType => `${t}[]` as GpType;
const total = (values: unknown[]): number => values.reduce<number>((s, v) => s + (v as number), 0);

/**
 * The aggregates that give an output of `type` (Bird–Meertens' map-then-reduce forms a person writes as one line). A
 * float sum may also be scaled by one of `scales` or its inverse, the constant taken out of the loop (a percentage's
 * `sum(…) / 100`), so the body is that much smaller.
 */
export function aggregatesFor(type: GpType, scales: number[] = []): Aggregate[] {
  const sum = (r: 'int' | 'float'): Aggregate => ({ name: 'sum', body: r, apply: total, compose: (l, f) => call(`sum_${tag(arrayOf(r))}`, r, [l.map(r, f)]), maps: true });
  const test = (name: 'some' | 'every'): Aggregate => ({
    name,
    body: 'boolean',
    apply: (values) => (name === 'some' ? values.some(Boolean) : values.every(Boolean)),
    compose: (l, f) => call(`${name}_${tag(arrayOf(l.element))}`, 'boolean', [l.xs, f]),
  });
  const count: Aggregate = {
    name: 'count',
    body: 'boolean',
    apply: (values) => values.filter(Boolean).length,
    compose: (l, f) => call(`len_${tag(arrayOf(l.element))}`, 'int', [call(`filter_${tag(arrayOf(l.element))}`, arrayOf(l.element), [l.xs, f])]),
  };
  // Whether exactly one or two tuples hold (a prime has two divisors among 0 … n - 1 where `mod(n, 0)` is 0).
  const exactly = (c: number): Aggregate => ({
    name: `count is ${c}`,
    body: 'boolean',
    apply: (values) => values.filter(Boolean).length === c,
    compose: (l, f) => call('eq_int', 'boolean', [count.compose(l, f), literal('int', c)]),
  });
  // The first tuple where a condition holds (-1 where none does): where a running sum first goes below zero.
  const first: Aggregate = {
    name: 'first index',
    body: 'boolean',
    apply: (values) => values.findIndex((v) => v === true),
    compose: (l, f) => call(`findIndex_${tag(arrayOf(l.element))}`, 'int', [l.xs, f]),
  };
  if (type === 'int') return [count, sum('int'), first];
  if (type === 'float') {
    const root: Aggregate = { name: 'root of sum', body: 'float', apply: (v) => Math.sqrt(Math.abs(total(v))), compose: (l, f) => call('sqrt_float', 'float', [sum('float').compose(l, f)]), maps: true };
    // The mean of the body's values (0 over no tuples, as `fdiv` gives): a probability over equally likely outcomes.
    const mean: Aggregate = {
      name: 'mean',
      body: 'float',
      apply: (v) => (v.length === 0 ? 0 : total(v) / v.length),
      compose: (l, f) => call('div_float', 'float', [sum('float').compose(l, f), call('float_of_int', 'float', [call(`len_${tag(arrayOf(l.element))}`, 'int', [l.xs])])]),
      maps: true,
    };
    return [sum('float'), root, mean, ...scaledSums(scales, sum('float'))];
  }
  // Whether most tuples hold (more vowels than other letters): twice the count past the number of tuples.
  const most: Aggregate = { name: 'most', body: 'boolean', apply: (values) => 2 * values.filter(Boolean).length > values.length, compose: (l, f) =>
    call('gt_int', 'boolean', [call('mul_int', 'int', [count.compose(l, f), literal('int', 2)]), call(`len_${tag(arrayOf(l.element))}`, 'int', [l.xs])]) };
  if (type === 'boolean') return [test('every'), test('some'), exactly(1), exactly(2), most];
  const joined: Aggregate = {
    name: 'concatenation', body: 'string',
    apply: (values) => values.join(''),
    compose: (l, f) => call('join_strings', 'string', [l.map('string', f), literal('string', '')]),
    maps: true,
  };
  if (type === 'string') return [joined];
  const element = type.slice(0, -2) as GpType;
  if (!['int[]', 'float[]', 'string[]'].includes(type)) return [];
  return [{ name: 'map', body: element, apply: (values) => values, compose: (l, f) => l.map(element, f), maps: true }];
}

/** A constant as a whole number: itself when whole, the whole number it is the exact inverse of (0.01: 100), or none. */
export function wholeScale(c: number): number[] {
  if (Number.isInteger(c)) return [c];
  const k = Math.round(1 / c);
  return Number.isFinite(k) && k !== 0 && 1 / k === c ? [k] : [];
}

/**
 * A float sum times each constant other than 0, 1 and -1, and divided by each whole one or whole inverse: `sum(…) * 10`,
 * `sum(…) / 100`; always the literal itself, never a computed inverse (1 / 49 is no literal a person writes).
 */
function scaledSums(scales: number[], sum: Aggregate): Aggregate[] {
  const list = new Map<string, Aggregate>();
  for (const c of scales) {
    if (!Number.isFinite(c) || c === 0 || Math.abs(c) === 1) continue;
    for (const divisor of wholeScale(c)) {
      const compose = (l: Loop, f: GpNode): GpNode => call('div_float', 'float', [sum.compose(l, f), literal('float', divisor)]);
      list.set(`sum / ${divisor}`, { name: `sum / ${divisor}`, body: 'float', apply: (v) => total(v) / divisor, compose, maps: true, divides: { sum, divisor } });
    }
    if (Number.isInteger(1 / c) && !Number.isInteger(c)) continue;
    list.set(`sum * ${c}`, { name: `sum * ${c}`, body: 'float', apply: (v) => total(v) * c, compose: (l, f) => call('mul_float', 'float', [sum.compose(l, f), literal('float', c)]), maps: true });
  }
  return [...list.values()];
}

/** The first value of each tuple whose body value is true: the elements a condition keeps. */
export const keptFirsts = (values: unknown[], tuples: unknown[][]): number[] => tuples.filter((_, i) => values[i] === true).map((t) => t[0] as number);

/** Sums and means of the elements a condition keeps (a filter, then the sum or the mean; 0 when it keeps none). */
export function keptAggregates(type: GpType, element: GpType): Aggregate[] {
  if (element !== 'int' && element !== 'float') return [];
  const a = arrayOf(element);
  const filtered = (xs: GpNode, f: GpNode): GpNode => call(`filter_${tag(a)}`, a, [xs, f]);
  const summed = (xs: GpNode, f: GpNode): GpNode => call(`sum_${tag(a)}`, element, [filtered(xs, f)]);
  const mean = (xs: GpNode, f: GpNode): GpNode => {
    const n = call(`len_${tag(a)}`, 'int', [filtered(xs, f)]);
    return element === 'int' ? call('ratio_int', 'float', [summed(xs, f), n]) : call('div_float', 'float', [summed(xs, f), call('float_of_int', 'float', [n])]);
  };
  const list: Aggregate[] = [];
  if (type === element) list.push({ name: 'sum of kept', body: 'boolean', apply: (v, t) => total(keptFirsts(v, t)), compose: (l, f) => summed(l.xs, f) });
  const average = (v: unknown[], t: unknown[][]): number => ((k) => (k.length === 0 ? 0 : total(k) / k.length))(keptFirsts(v, t));
  if (type === 'float') list.push({ name: 'mean of kept', body: 'boolean', apply: average, compose: (l, f) => mean(l.xs, f) });
  return list;
}

/** The indices a condition keeps (every place a text occurs in another: `s.slice(i).startsWith(t)`), at `index` of a tuple. */
const keptIndices = (index: number): Aggregate => ({
  name: 'kept indices',
  body: 'boolean',
  apply: (values, tuples) => tuples.filter((_, i) => values[i] === true).map((t) => t[index]),
  compose: (l, f) => call('filter_ints', 'int[]', [l.xs, f]),
});

/**
 * At a parameter's positions: the indices a condition keeps (an integer list output), and the parts there, in order
 * (leaders: `xs[i] >= max(xs.slice(i + 1))`), for an output of the parameter's own type; `part` is the part at `x1`.
 */
export function keptPositions(type: GpType, whole: { type: GpType; index: number }, part: GpNode): Aggregate[] {
  // The first or the last part a condition keeps (0 where none is): of a list, the first element whose complement it holds.
  const ends = (at: 0 | -1): Aggregate => ({
    name: at === 0 ? 'first kept part' : 'last kept part',
    body: 'boolean',
    apply: (values, tuples) => tuples.filter((_, i) => values[i] === true).at(at)?.[0] ?? 0,
    compose: (l, f) => call(`nth_${tag(arrayOf(type))}`, type, [call(`map_ints_${type}`, arrayOf(type), [call('filter_ints', 'int[]', [l.xs, f]), part]), literal('int', at)]),
  });
  const element = whole.type.endsWith('[]') && type === part.type && (type === 'int' || type === 'float');
  const list = [...(type === 'int[]' ? [keptIndices(whole.index)] : []), ...(element ? [ends(0), ends(-1)] : [])];
  if (type !== whole.type || whole.type === 'int') return list;
  const apply = (values: unknown[], tuples: unknown[][]): unknown => {
    const kept = tuples.filter((_, i) => values[i] === true).map((t) => t[0]);
    return type === 'string' ? kept.join('') : kept;
  };
  const compose = (l: Loop, f: GpNode): GpNode => {
    const picked = call(`map_ints_${part.type}`, arrayOf(part.type), [call('filter_ints', 'int[]', [l.xs, f]), part]);
    return type === 'string' ? call('join_strings', 'string', [picked, literal('string', '')]) : picked;
  };
  return [...list, { name: 'kept parts', body: 'boolean', apply, compose }];
}

/** A float aggregate whose value is then rounded to `decimals` places, as `Math.round(x * 100) / 100` rounds to cents. */
export function roundedTo(a: Aggregate, decimals: number): Aggregate {
  const scale = 10 ** decimals;
  // A sum divided by 100 and rounded to cents is the sum rounded, then divided: `Math.round(sum(…)) / 100`.
  const whole = a.divides?.divisor === scale ? a.divides.sum : undefined;
  return {
    ...a,
    name: `${a.name}, rounded`,
    apply: (values, tuples) => (whole ? Math.round(whole.apply(values, tuples) as number) / scale : roundTo(a.apply(values, tuples) as number, decimals)),
    compose: (l, f) => (whole ? roundedNode(whole.compose(l, f), decimals, true) : roundedNode(a.compose(l, f), decimals)),
  };
}

/** Whether an output could come from an aggregate at all: a count within the tuples, a list one value per tuple. */
export function plausible(a: Aggregate, tuples: unknown[][], output: unknown): boolean {
  if (a.name === 'count') return Number.isInteger(output) && (output as number) >= 0 && (output as number) <= tuples.length;
  if (a.name === 'first index') return Number.isInteger(output) && (output as number) >= -1 && (output as number) < tuples.length;
  if (a.name === 'map') return Array.isArray(output) && output.length === tuples.length;
  if (a.name === 'kept parts' || a.name === 'kept indices') return (Array.isArray(output) || typeof output === 'string') && output.length <= tuples.length;
  if (a.name === 'some' || a.name === 'every') return typeof output === 'boolean' && (tuples.length > 0 || output === (a.name === 'every'));
  if (a.name.startsWith('count is') || a.name === 'most') return typeof output === 'boolean';
  // n texts joined hold the separator n - 1 times at least (a greedy count finds the most that do not overlap).
  if (a.joins !== undefined) return typeof output === 'string' && output.split(a.joins).length >= tuples.length;
  return true;
}
