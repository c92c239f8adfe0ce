import type { ExampleCase } from '../../directive/directive.js';
import type { GpType } from './gp-api.js';
import type { GpContext } from './gp-context.js';
import { tag } from '../../primitives/primitive.js';
import type { GpNode } from './program-tree.js';
import { call } from './program-tree.js';

const ELEMENTS = new Set<GpType>(['int', 'float', 'string']);
/** Characters that separate the parts of a text (words, fields, lines). */
const SEPARATORS = [' ', ',', ';', '-', '_', '|', '/', '.', '\n', '\t'];

/**
 * One reading of a parameter and the output as sequences of parts: a map makes the i-th output part from the i-th input
 * part alone, a filter keeps the input parts a condition holds for, in order.
 */
export interface Reading {
  kind: 'map' | 'filter';
  param: number;
  part: GpType;
  /** The body's type: an output part (map) or boolean (filter). */
  outPart: GpType;
  parts: (v: unknown) => unknown[] | undefined;
  outParts: (v: unknown) => unknown[] | undefined;
  /** The loop over the parameter `xs` with `body`, whose loop variable is `bound`. */
  compose: (xs: GpNode, body: GpNode) => GpNode;
  bound: string;
}

const textConst = (value: string): GpNode => ({ kind: 'const', type: 'string', value });
const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
// A text's parts as the composed loop sees them (`''.split(sep)` is one empty piece), except that a filter's empty
// output kept nothing: it has no parts.
const text =
  (sep?: string, emptyIsNone = false) =>
  (v: unknown): unknown[] | undefined =>
    typeof v !== 'string' ? undefined : sep === undefined || (emptyIsNone && v === '') ? [...v] : v.split(sep);

/** The loop over a text's parts (characters, or pieces between `inSep`), joined by `outSep` (null: kept as an array). */
function textLoop(kind: Reading['kind'], inSep: string | undefined, outSep: string | null | undefined): Reading['compose'] {
  if (inSep === undefined && outSep === undefined) return (s, f) => call(kind === 'map' ? 'mapChars' : 'filterChars', 'string', [s, f]);
  const parts = (s: GpNode): GpNode => (inSep === undefined ? call('chars_string', 'string[]', [s]) : call('split_string', 'string[]', [s, textConst(inSep)]));
  const looped = (s: GpNode, f: GpNode): GpNode => call(kind === 'map' ? 'map_strings_string' : 'filter_strings', 'string[]', [parts(s), f]);
  return outSep === null ? looped : (s, f) => call('join_strings', 'string', [looped(s, f), textConst(outSep ?? '')]);
}

/**
 * The readings a problem's signature and cases allow: arrays element by element; texts by character or by the pieces
 * between a separator they hold, rebuilt with a separator the outputs hold (a map) or the same one (a filter).
 */
export function partReadings(ctx: GpContext, cases: ExampleCase[]): Reading[] {
  const out = ctx.returns[0];
  const list: Reading[] = [];
  ctx.params.forEach((p, param) => {
    const element = p.type.slice(0, -2) as GpType;
    if (p.type.endsWith('[]') && ELEMENTS.has(element) && out.endsWith('[]') && ELEMENTS.has(out.slice(0, -2) as GpType)) {
      const r = out.slice(0, -2) as GpType;
      const common = { param, part: element, parts: asArray, outParts: asArray, bound: 'x1' };
      list.push({ ...common, kind: 'map', outPart: r, compose: (xs, f) => call(`map_${tag(p.type)}_${r}`, out, [xs, f]) });
      if (r === element) list.push({ ...common, kind: 'filter', outPart: 'boolean', compose: (xs, f) => call(`filter_${tag(p.type)}`, out, [xs, f]) });
    }
    if (p.type !== 'string' || (out !== 'string' && out !== 'string[]')) return;
    const present = (sep: string, side: (c: ExampleCase) => unknown): boolean => cases.some((c) => String(side(c)).includes(sep));
    const inSeps = [undefined, ...SEPARATORS.filter((sep) => present(sep, (c) => c.inputs[param]))];
    // The output's parts: an array's elements, or a text's characters or pieces between a separator it holds.
    const outSeps: (string | null | undefined)[] = out === 'string[]' ? [null] : [undefined, ...SEPARATORS.filter((sep) => present(sep, (c) => c.outputs[0]))];
    for (const inSep of inSeps) {
      for (const outSep of outSeps) {
        const common = { param, part: 'string' as GpType, parts: text(inSep) };
        const outParts = (kind: Reading['kind']): Reading['outParts'] => (outSep === null ? asArray : text(outSep, kind === 'filter'));
        const bound = inSep === undefined && outSep === undefined ? 'c1' : 'x1';
        list.push({ ...common, kind: 'map', outPart: 'string', outParts: outParts('map'), bound, compose: textLoop('map', inSep, outSep) });
        if (outSep === null || outSep === inSep) {
          list.push({ ...common, kind: 'filter', outPart: 'boolean', outParts: outParts('filter'), bound, compose: textLoop('filter', inSep, outSep) });
        }
      }
    }
  });
  return list;
}

/**
 * The part pairs of a reading over the cases, distinct and in order of appearance (input part, then the output part or
 * whether it is kept); none when the cases contradict the reading or it would change nothing.
 */
export function partPairs(reading: Reading, cases: ExampleCase[], most: number): ExampleCase[] | undefined {
  const seen = new Map<string, ExampleCase>();
  let changed = false;
  const add = (input: unknown, output: unknown): boolean => {
    const key = JSON.stringify(input);
    const known = seen.get(key);
    if (known) return JSON.stringify(known.outputs[0]) === JSON.stringify(output);
    if (seen.size >= most) return false;
    seen.set(key, { inputs: [input], outputs: [output] });
    return true;
  };
  for (const c of cases) {
    const ins = reading.parts(c.inputs[reading.param]);
    const outs = reading.outParts(c.outputs[0]);
    if (!ins || !outs) return undefined;
    if (reading.kind === 'map') {
      if (ins.length !== outs.length) return undefined;
      for (let i = 0; i < ins.length; i++) {
        if (!add(ins[i], outs[i])) return undefined;
        changed ||= JSON.stringify(outs[i]) !== JSON.stringify(ins[i]);
      }
      continue;
    }
    // A filter by value keeps every copy of a value it keeps: the output is the input without the values it lacks.
    const kept = new Set(outs.map((o) => JSON.stringify(o)));
    const filtered = ins.filter((x) => kept.has(JSON.stringify(x)));
    if (JSON.stringify(filtered) !== JSON.stringify(outs)) return undefined;
    for (const x of ins) if (!add(x, kept.has(JSON.stringify(x)))) return undefined;
    changed ||= filtered.length < ins.length;
  }
  // A loop that changes nothing is the parameter itself, which the enumeration offers at one node.
  return changed && seen.size >= 2 ? [...seen.values()] : undefined;
}
