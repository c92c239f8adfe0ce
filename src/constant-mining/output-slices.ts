import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

/**
 * An output that is a slice of a parameter, and its bounds per case where the cases tell them: `prefix` when every
 * output starts its parameter (the start is 0), `suffix` when every output ends it (the end is the parameter's),
 * `middle` otherwise; a bound is unknown (`undefined`) where the output is empty or occurs more than once.
 */
export interface SlicedOutput {
  param: number;
  kind: 'prefix' | 'suffix' | 'middle';
  starts: (number | undefined)[];
  ends: (number | undefined)[];
}

/** Most element comparisons spent finding where the outputs occur in an array parameter. */
const MOST_COMPARED = 10_000_000;

type Sequence = string | readonly unknown[];

/** Where part occurs in whole from `from` on, -1 where it does not (strings by code unit, arrays element by element). */
function indexIn(whole: Sequence, part: Sequence, from: number, work: { left: number }): number {
  if (typeof whole === 'string') return whole.indexOf(part as string, from);
  for (let i = from; i + part.length <= whole.length; i++) {
    let j = 0;
    while (j < part.length && whole[i + j] === part[j]) j++;
    work.left -= j + 1;
    if (work.left < 0) return -1;
    if (j === part.length) return i;
  }
  return -1;
}

const isSequence = (v: unknown, type: GpType): v is Sequence => (type === 'string' ? typeof v === 'string' : Array.isArray(v));

/** Where a case's output occurs in its parameter: the first place and whether it occurs again; none when it does not. */
function placed(whole: Sequence, part: Sequence, work: { left: number }): { first: number; again: boolean } | undefined {
  const first = indexIn(whole, part, 0, work);
  if (first < 0) return undefined;
  return { first, again: part.length === 0 || indexIn(whole, part, first + 1, work) >= 0 };
}

/**
 * The readings of a single output as a slice of a parameter of its type (one of `sliced`: a text, a flat array), for every case: the
 * prefix and suffix readings where they hold for all cases, otherwise the middle one when at least half the cases
 * (and four) tell both bounds. None when every output is its whole parameter (no slice to find) or one is no slice.
 */
export function slicedOutputs(cases: ExampleCase[], params: GpType[], returns: GpType[], sliced: readonly GpType[]): SlicedOutput[] {
  const type = returns[0];
  if (returns.length !== 1 || cases.length === 0 || !sliced.includes(type)) return [];
  const readings: SlicedOutput[] = [];
  // One bound on the comparisons over every parameter.
  const work = { left: MOST_COMPARED };
  params.forEach((paramType, param) => {
    if (paramType !== type) return;
    const places = cases.map((c) => {
      const whole = c.inputs[param];
      const part = c.outputs[0];
      return isSequence(whole, type) && isSequence(part, type) ? placed(whole, part, work) : undefined;
    });
    if (places.some((p) => p === undefined) || work.left < 0) return;
    const wholes = cases.map((c) => (c.inputs[param] as Sequence).length);
    const lengths = cases.map((c) => (c.outputs[0] as Sequence).length);
    if (lengths.every((m, i) => m === wholes[i])) return;
    const prefix = places.every((p) => p?.first === 0);
    const suffix = cases.every((c, i) => lengths[i] === 0 || indexIn(c.inputs[param] as Sequence, c.outputs[0] as Sequence, wholes[i] - lengths[i], work) === wholes[i] - lengths[i]);
    if (prefix) readings.push({ param, kind: 'prefix', starts: cases.map(() => 0), ends: lengths });
    if (suffix) readings.push({ param, kind: 'suffix', starts: wholes.map((n, i) => n - lengths[i]), ends: wholes });
    if (prefix || suffix) return;
    const told = places.map((p) => (p && !p.again ? p.first : undefined));
    const known = told.filter((s) => s !== undefined).length;
    if (known < Math.max(4, cases.length / 2)) return;
    readings.push({ param, kind: 'middle', starts: told, ends: told.map((s, i) => (s === undefined ? undefined : s + lengths[i])) });
  });
  return readings;
}
