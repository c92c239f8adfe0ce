import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import { call, literal, variable } from '../programs/program-tree.js';
import type { TupleReading } from './tuple-readings.js';

/** The most character sets read, and their share of an aggregate level beside a parameter's reading. */
const LITERALS = { most: 2, weight: 0.5 };

/**
 * The characters of a set the goal names ("every letter of the alphabet", "each vowel"), read as a loop over the
 * literal, `[..."abcdefghijklmnopqrstuvwxyz"]`, whose body reads every scalar parameter beside the character
 * (`withScalars`): a sentence uses every letter is `every` of `s.includes(el)`, three nodes. Only where the output is
 * a yes-or-no answer or a count, and for sets of three to 62 distinct letters or digits, or two or more punctuation
 * marks, the goal names (a preferred literal); two at most, each with half a parameter's share.
 */
export function literalReadings(ctx: GpContext): TupleReading[] {
  if (ctx.returns.length !== 1 || (ctx.returns[0] !== 'boolean' && ctx.returns[0] !== 'int') || !ctx.types.includes('string[]')) return [];
  // Letters or digits (three or more), or punctuation the goal names (two or more: ".!?").
  const kind = (t: string): boolean => (t.length >= 3 && /^[\p{L}\p{N}]+$/u.test(t)) || (t.length >= 2 && /^[\p{P}\p{S}]+$/u.test(t));
  const sets = ctx.constants.preferred.string.filter((t) => t.length <= 62 && new Set(t).size === t.length && kind(t));
  return sets.slice(0, LITERALS.most).map((set) => ({
    vars: ['string'],
    weight: LITERALS.weight,
    tuples: () => [...set].map((ch) => [ch]),
    loop: { xs: call('chars_string', 'string[]', [literal('string', set)]), element: 'string', access: [variable('string', 'x1')] },
  }));
}

/**
 * Two or more number parameters of one type read as one list, `[a, b, c]` (the smallest of three numbers, their mean,
 * how many are positive, the length of a right triangle's hypotenuse as the root of a sum of squares): a body over
 * each, the other scalar parameters beside it. One reading per such type.
 */
export function parameterListReadings(ctx: GpContext): TupleReading[] {
  return (['int', 'float'] as GpType[]).flatMap((type) => {
    const at = ctx.params.flatMap((p, i) => (p.type === type ? [i] : []));
    if (at.length < 2) return [];
    const list = `${type}[]` as GpType;
    if (!ctx.set.byName.has(`single_${tag(list)}`) || !ctx.set.byName.has(`append_${tag(list)}`)) return [];
    const names = at.map((i) => variable(type, ctx.params[i].name));
    const xs = names.slice(1).reduce<GpNode>((acc, x) => call(`append_${tag(list)}`, list, [acc, x]), call(`single_${tag(list)}`, list, [names[0]]));
    return [{ vars: [type], weight: 1, tuples: (c) => at.map((i) => [c.inputs[i]]), loop: { xs, element: type, access: [variable(type, 'x1')] } }];
  });
}
