import type { GpType } from './value-types.js';
import type { Primitive } from './primitive.js';
import { elementType, helperCall, prim, tag } from './primitive.js';

const ARRAYS: GpType[] = ['int[]', 'float[]', 'string[]'];

/** Non-mutating array primitives over number and string arrays (every result is a fresh array). */
export function arrayPrimitives(): Primitive[] {
  const list: Primitive[] = [];
  for (const a of ARRAYS) {
    const e = elementType(a);
    const t = tag(a);
    const fallback = e === 'string' ? "''" : '0';
    list.push(
      prim(`len_${t}`, [a], 'int', ([xs]) => `${xs}.length`),
      prim(`nth_${t}`, [a, 'int'], e, ([xs, i]) => `nth(${xs}, ${i}, ${fallback})`, ['nth']),
      prim(`slice2_${t}`, [a, 'int', 'int'], a, ([xs, i, j]) => `${xs}.slice(${i}, ${j})`),
      prim(`slice1_${t}`, [a, 'int'], a, ([xs, i]) => `${xs}.slice(${i})`),
      helperCall(`concat_${t}`, 'concat', [a, a], a),
      prim(`append_${t}`, [a, e], a, ([xs, x]) => `[...${xs}, ${x}]`),
      prim(`reverse_${t}`, [a], a, ([xs]) => `[...${xs}].reverse()`),
      prim(`indexOf_${t}`, [a, e], 'int', ([xs, x]) => `${xs}.indexOf(${x})`),
      prim(`lastIndexOf_${t}`, [a, e], 'int', ([xs, x]) => `${xs}.lastIndexOf(${x})`),
      prim(`includes_${t}`, [a, e], 'boolean', ([xs, x]) => `${xs}.includes(${x})`),
      prim(`single_${t}`, [e], a, ([x]) => `[${x}]`),
      prim(`eq_${t}`, [a, a], 'boolean', ([xs, ys]) => `equal(${xs}, ${ys})`, ['equal']),
      // Each value once, at its first place (JavaScript's [...new Set(xs)]).
      helperCall(`unique_${t}`, 'unique', [a], a),
    );
    if (e === 'string') {
      list.push(prim(`sort_${t}`, [a], a, ([xs]) => `[...${xs}].sort()`));
    } else {
      list.push(
        prim(`sort_${t}`, [a], a, ([xs]) => `[...${xs}].sort((p, q) => p - q)`),
        helperCall(`sum_${t}`, 'sum', [a], e),
        helperCall(`max_${t}`, 'maxOf', [a], e),
        helperCall(`min_${t}`, 'minOf', [a], e),
      );
    }
  }
  list.push(
    prim('join_strings', ['string[]', 'string'], 'string', ([xs, s]) => `${xs}.join(${s})`),
    helperCall('range_int', 'range', ['int'], 'int[]'),
    prim('floats_of_ints', ['int[]'], 'float[]', ([xs]) => xs),
  );
  return list;
}
