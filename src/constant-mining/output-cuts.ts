import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `int[]`, …). */
type GpType = string;

/** Two outputs that are a parameter cut in two: the parameter, and where each case cuts it (the first output's length). */
export interface CutOutputs {
  param: number;
  cuts: number[];
}

type Sequence = string | readonly unknown[];

const isSequence = (v: unknown, type: GpType): v is Sequence => (type === 'string' ? typeof v === 'string' : Array.isArray(v));

/** Whether `left` followed by `right` is `whole` (strings by code unit, arrays element by element, elements by identity). */
function cutOf(whole: Sequence, left: Sequence, right: Sequence): boolean {
  if (left.length + right.length !== whole.length) return false;
  if (typeof whole === 'string') return whole.startsWith(left as string) && whole.endsWith(right as string);
  for (let i = 0; i < left.length; i++) if (whole[i] !== left[i]) return false;
  for (let i = 0; i < right.length; i++) if (whole[left.length + i] !== right[i]) return false;
  return true;
}

/**
 * The readings of two outputs as one parameter cut in two (the numbers before and after a cut, a text's head and
 * tail): in every case the first output followed by the second is that parameter, of their one type (one of `cut`: a
 * text, a flat array). Only where the cut varies relative to the length (not every case cut at the same place from
 * the start or from the end) and at least four cases are cut with both parts non-empty: otherwise each output is a
 * slice found alone.
 */
export function cutOutputs(cases: ExampleCase[], params: GpType[], returns: GpType[], cut: readonly GpType[]): CutOutputs[] {
  if (returns.length !== 2 || returns[0] !== returns[1] || !cut.includes(returns[0]) || cases.length === 0) return [];
  const type = returns[0];
  const readings: CutOutputs[] = [];
  params.forEach((paramType, param) => {
    if (paramType !== type) return;
    const whole = (c: ExampleCase): unknown => c.inputs[param];
    const fits = cases.every((c) => {
      const [w, l, r] = [whole(c), c.outputs[0], c.outputs[1]];
      return isSequence(w, type) && isSequence(l, type) && isSequence(r, type) && cutOf(w, l, r);
    });
    if (!fits) return;
    const cuts = cases.map((c) => (c.outputs[0] as Sequence).length);
    const lengths = cases.map((c) => (whole(c) as Sequence).length);
    const inside = cuts.filter((k, i) => k > 0 && k < lengths[i]).length;
    const fromStart = cuts.every((k) => k === cuts[0]);
    const fromEnd = cuts.every((k, i) => lengths[i] - k === lengths[0] - cuts[0]);
    if (inside >= 4 && !fromStart && !fromEnd) readings.push({ param, cuts });
  });
  return readings;
}
