import type { ExampleCase } from '../directive/directive.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import { tag } from '../primitives/primitive.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import type { Segmented } from '../constant-mining/segment-parts.js';
import { segmentParts } from '../constant-mining/segment-parts.js';

const ELEMENTS = new Set<GpType>(['int', 'float', 'string']);
/** Characters that separate the parts of a text (words, fields, lines). */
const SEPARATORS = [' ', ',', ';', '-', '_', '|', '/', '.', '\n', '\t'];

/**
 * One reading of a parameter and the output as sequences of parts: a map makes the i-th output part from the i-th input
 * part alone, a filter keeps the input parts a condition holds for, in order, and a concatenation prints each input
 * part as a text of any length, one after another (segment-parts.ts tells which text each part gives).
 */
export interface Reading {
  kind: 'map' | 'filter' | 'concat';
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

/** A text's characters (`sep` undefined) or its pieces between `sep`, as an array. */
const pieces = (sep: string | undefined, s: GpNode): GpNode => (sep === undefined ? call('chars_string', 'string[]', [s]) : call('split_string', 'string[]', [s, textConst(sep)]));

/**
 * The loop over a text's parts (characters, or pieces between `inSep`; last to first where `reversed`), joined by
 * `outSep` (null: kept as an array).
 */
function textLoop(kind: Reading['kind'], inSep: string | undefined, outSep: string | null | undefined, reversed = false): Reading['compose'] {
  if (inSep === undefined && outSep === undefined && !reversed) return (s, f) => call(kind === 'filter' ? 'filterChars' : 'mapChars', 'string', [s, f]);
  const parts = (s: GpNode): GpNode => (reversed ? call('reverse_strings', 'string[]', [pieces(inSep, s)]) : pieces(inSep, s));
  const looped = (s: GpNode, f: GpNode): GpNode => call(kind === 'filter' ? 'filter_strings' : 'map_strings_string', 'string[]', [parts(s), f]);
  return joined(looped, outSep);
}

/** A loop whose array result is joined by `outSep` (null: kept as an array). */
const joined =
  (looped: Reading['compose'], outSep: string | null | undefined): Reading['compose'] =>
  (xs, f) =>
    outSep === null ? looped(xs, f) : call('join_strings', 'string', [looped(xs, f), textConst(outSep ?? '')]);

/** The same reading over the input parts last to first, composed by `compose`, a loop that reads them so. */
function backwards(reading: Reading, compose: Reading['compose']): Reading {
  return { ...reading, parts: (v) => reading.parts(v)?.slice().reverse(), compose };
}

/**
 * The readings a problem's signature and cases allow: arrays element by element; texts by character or by the pieces
 * between a separator they hold, rebuilt with a separator the outputs hold (a map) or the same one (a filter).
 */
export function partReadings(ctx: GpContext, cases: ExampleCase[]): Reading[] {
  const out = ctx.returns[0];
  const list: Reading[] = [];
  // Readings added in round 14 (last to first, arrays printed as text, concatenations by pieces) come after every
  // earlier reading of every parameter, so those keep their order and their share of the budget.
  const later: Reading[] = [];
  ctx.params.forEach((p, param) => {
    const element = p.type.slice(0, -2) as GpType;
    const present = (sep: string, side: (c: ExampleCase) => unknown): boolean => cases.some((c) => String(side(c)).includes(sep));
    const reversedArray =
      (r: Reading): Reading['compose'] =>
      (xs, f) =>
        r.compose(call(`reverse_${tag(p.type)}`, p.type, [xs]), f);
    if (p.type.endsWith('[]') && ELEMENTS.has(element) && out.endsWith('[]') && ELEMENTS.has(out.slice(0, -2) as GpType)) {
      const r = out.slice(0, -2) as GpType;
      const common = { param, part: element, parts: asArray, outParts: asArray, bound: 'x1' };
      const forward: Reading[] = [{ ...common, kind: 'map', outPart: r, compose: (xs, f) => call(`map_${tag(p.type)}_${r}`, out, [xs, f]) }];
      if (r === element) forward.push({ ...common, kind: 'filter', outPart: 'boolean', compose: (xs, f) => call(`filter_${tag(p.type)}`, out, [xs, f]) });
      list.push(...forward);
      later.push(...forward.map((r) => backwards(r, reversedArray(r))));
    }
    // An array printed as one text: each element's text, joined by a separator the outputs hold (or by nothing).
    if (p.type.endsWith('[]') && ELEMENTS.has(element) && out === 'string') {
      const looped: Reading['compose'] = (xs, f) => call(`map_${tag(p.type)}_string`, 'string[]', [xs, f]);
      for (const outSep of [undefined, ...SEPARATORS.filter((sep) => present(sep, (c) => c.outputs[0]))]) {
        const reading: Reading = { param, part: element, parts: asArray, outParts: text(outSep), bound: 'x1', kind: 'map', outPart: 'string', compose: joined(looped, outSep) };
        later.push(reading, backwards(reading, reversedArray(reading)));
      }
      later.push({ param, part: element, parts: asArray, outParts: text(), bound: 'x1', kind: 'concat', outPart: 'string', compose: joined(looped, undefined) });
    }
    if (p.type !== 'string') return;
    const inSeps = [undefined, ...SEPARATORS.filter((sep) => present(sep, (c) => c.inputs[param]))];
    // A text's parts each read as a number (the vowels of each word): a map into a number list.
    if (out === 'int[]' || out === 'float[]') {
      const r = out.slice(0, -2) as GpType;
      for (const sep of inSeps) later.push({ param, part: 'string', parts: text(sep), outParts: asArray, bound: 'x1', kind: 'map', outPart: r, compose: (s, f) => call(`map_strings_${r}`, out, [pieces(sep, s), f]) });
    }
    if (out !== 'string' && out !== 'string[]') return;
    // The output's parts: an array's elements, or a text's characters or pieces between a separator it holds.
    const outSeps: (string | null | undefined)[] = out === 'string[]' ? [null] : [undefined, ...SEPARATORS.filter((sep) => present(sep, (c) => c.outputs[0]))];
    for (const inSep of inSeps) {
      for (const outSep of outSeps) {
        const common = { param, part: 'string' as GpType, parts: text(inSep) };
        const outParts = (kind: Reading['kind']): Reading['outParts'] => (outSep === null ? asArray : text(outSep, kind === 'filter'));
        const kinds: Reading['kind'][] = outSep === null || outSep === inSep ? ['map', 'filter'] : ['map'];
        for (const reversed of [false, true]) {
          for (const kind of kinds) {
            // mapChars and filterChars bind a character as `c1`; the other loops bind `x1`.
            const bound = inSep === undefined && outSep === undefined && !reversed ? 'c1' : 'x1';
            const reading: Reading = { ...common, kind, outPart: kind === 'map' ? 'string' : 'boolean', outParts: outParts(kind), bound, compose: textLoop(kind, inSep, outSep, reversed) };
            if (reversed) later.push(backwards(reading, reading.compose));
            else list.push(reading);
          }
        }
      }
      // Each part printed as a text of any length: by characters straight after the other character readings (the
      // finest reading that holds explains the most with the smallest body), by pieces after every other reading.
      if (out === 'string') {
        const concat: Reading = { param, part: 'string', parts: text(inSep), outParts: text(), bound: inSep === undefined ? 'c1' : 'x1', kind: 'concat', outPart: 'string', compose: textLoop('concat', inSep, undefined) };
        (inSep === undefined ? list : later).push(concat);
      }
    }
  });
  return [...list, ...later];
}

/**
 * The part pairs of a reading over the cases, distinct and in order of appearance (input part, then the output part or
 * whether it is kept), the first `most` of them (the composed loop is checked on every case after); none when the cases
 * contradict the reading or it would change nothing.
 */
export function partPairs(reading: Reading, cases: ExampleCase[], most: number): ExampleCase[] | undefined {
  const seen = new Map<string, ExampleCase>();
  let changed = false;
  const add = (input: unknown, output: unknown): boolean => {
    const key = JSON.stringify(input);
    const known = seen.get(key);
    if (known) return JSON.stringify(known.outputs[0]) === JSON.stringify(output);
    if (seen.size >= most) return true;
    seen.set(key, { inputs: [input], outputs: [output] });
    return true;
  };
  if (reading.kind === 'concat') return concatPairs(reading, cases, most);
  for (const c of cases) {
    const ins = reading.parts(c.inputs[reading.param]);
    const outs = reading.outParts(c.outputs[0]);
    if (!ins || !outs) return undefined;
    if (reading.kind === 'map') {
      // An empty array prints as the empty text, which splits into one empty piece.
      if (ins.length === 0 && typeof c.outputs[0] === 'string' && outs.length === 1 && outs[0] === '' && Array.isArray(c.inputs[reading.param])) continue;
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

/** The most parts, over all cases, a concatenation reading is told from (segment-parts.ts reads a case once per part told in it). */
const MOST_SEGMENTED_PARTS = 50_000;

/**
 * The part pairs of a concatenation: each part told a text (segment-parts.ts). None where a case contradicts it, where
 * every output has as many characters as its input has parts (a map of characters reads that), or where fewer than two
 * parts are told or none changes.
 */
function concatPairs(reading: Reading, cases: ExampleCase[], most: number): ExampleCase[] | undefined {
  const segmented: Segmented[] = [];
  for (const c of cases) {
    const ins = reading.parts(c.inputs[reading.param]);
    const out = c.outputs[0];
    if (!ins || typeof out !== 'string') return undefined;
    segmented.push({ ins, out });
  }
  if (segmented.every((c) => c.ins.length === [...c.out].length)) return undefined;
  // Each reading of the cases costs a pass over every part: long inputs are not read so.
  if (segmented.reduce((n, c) => n + c.ins.length, 0) > MOST_SEGMENTED_PARTS) return undefined;
  const told = segmentParts(segmented);
  if (!told || told.size < 2 || [...told.values()].every(({ part, text }) => part === text)) return undefined;
  return [...told.values()].slice(0, most).map(({ part, text }) => ({ inputs: [part], outputs: [text] }));
}
