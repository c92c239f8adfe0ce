import type { ExampleCase } from '../directive/directive.js';
import type { Fielded, Field } from '../constant-mining/output-fields.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal, variable } from '../programs/program-tree.js';

/** A field's text in each case, as the output prints it (padded with zeros to its width where it has one). */
export const printedTexts = (field: Field): string[] => field.values.map((v) => (field.width ? String(v).padStart(field.width, '0') : String(v)));

/** The longest text a field prints (`readField` reads no longer runs of digits). */
const LONGEST = 15;

/**
 * The slices of a text a fixed bound pair gives: from the start or the end, to a fixed length, the end, or short of it;
 * only those no longer than a field's text on the shortest input (a long text's bound pairs would be its length squared).
 */
function bounds(shortest: number, width: number | undefined): [number, number | undefined][] {
  const list: [number, number | undefined][] = [];
  for (let a = 0; a <= shortest; a++) {
    if (width !== undefined && a + width <= shortest) list.push([a, a + width]);
    if (shortest - a <= LONGEST) list.push([a, undefined]);
    for (let b = Math.max(1, shortest - a - LONGEST); a + b <= shortest; b++) list.push([a, -b]);
  }
  // Counted from the end: the last four digits of a card, whatever its length.
  for (let a = 1; a <= shortest; a++) if (width !== undefined && width <= a) list.push([-a, width === a ? undefined : width - a]);
  return list;
}

/** The fixed bounds at which every text holds its printed piece, if any (from the start first). */
export function sliceFit(texts: string[], printed: string[]): [number, number | undefined] | undefined {
  const width = printed.every((t) => t.length === printed[0].length) ? printed[0].length : undefined;
  const shortest = Math.min(...texts.map((s) => s.length));
  return bounds(shortest, width).find(([a, b]) => texts.every((s, i) => s.slice(a, b) === printed[i]));
}

/** `s.slice(a)` or `s.slice(a, b)`. */
export function sliceNode(name: string, [a, b]: [number, number | undefined]): GpNode {
  const s = variable('string', name);
  return b === undefined ? call('slice1_string', 'string', [s, literal('int', a)]) : call('slice2_string', 'string', [s, literal('int', a), literal('int', b)]);
}

/**
 * Each number an output prints as a slice of a text parameter at fixed bounds, where every one is such a slice: a
 * phone number "(555) 123-4567" from "5551234567", a date's parts in another order. The digits are copied as text, so
 * leading zeros stay as the input has them. Undefined where some field is no such slice in every case.
 */
export function fieldSlices(ctx: GpContext, cases: ExampleCase[], fielded: Fielded): GpNode[] | undefined {
  const texts = ctx.params.flatMap((p, j) => (p.type === 'string' && cases.every((c) => typeof c.inputs[j] === 'string') ? [j] : []));
  if (texts.length === 0) return undefined;
  const nodes: GpNode[] = [];
  for (const field of fielded.fields) {
    const printed = printedTexts(field);
    const found = texts.flatMap((j) => {
      const fit = sliceFit(cases.map((c) => c.inputs[j] as string), printed);
      return fit ? [sliceNode(ctx.params[j].name, fit)] : [];
    })[0];
    if (!found) return undefined;
    nodes.push(found);
  }
  return nodes;
}
