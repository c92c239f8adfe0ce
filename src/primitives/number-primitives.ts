import type { Primitive } from './primitive.js';
import { helperCall, infix, prim } from './primitive.js';

/** Integer, float and boolean arithmetic, comparison and conversion primitives (protected where JS could misbehave). */
export function numberPrimitives(): Primitive[] {
  const list: Primitive[] = [];
  for (const t of ['int', 'float'] as const) {
    list.push(
      infix(`add_${t}`, '+', [t, t], t),
      infix(`sub_${t}`, '-', [t, t], t),
      infix(`mul_${t}`, '*', [t, t], t),
      prim(`min_${t}`, [t, t], t, ([a, b]) => `Math.min(${a}, ${b})`),
      prim(`max_${t}`, [t, t], t, ([a, b]) => `Math.max(${a}, ${b})`),
      prim(`abs_${t}`, [t], t, ([a]) => `Math.abs(${a})`),
      prim(`neg_${t}`, [t], t, ([a]) => `(-${a})`),
      infix(`lt_${t}`, '<', [t, t], 'boolean'),
      infix(`le_${t}`, '<=', [t, t], 'boolean'),
      infix(`gt_${t}`, '>', [t, t], 'boolean'),
      infix(`ge_${t}`, '>=', [t, t], 'boolean'),
      prim(`str_${t}`, [t], 'string', ([a]) => `String(${a})`),
    );
  }
  list.push(
    helperCall('div_int', 'idiv', ['int', 'int'], 'int'),
    helperCall('mod_int', 'mod', ['int', 'int'], 'int'),
    helperCall('div_float', 'fdiv', ['float', 'float'], 'float'),
    // The fraction of two counts (a probability, a mean): int / int as a float, without two conversions around it.
    helperCall('ratio_int', 'ratio', ['int', 'int'], 'float'),
    helperCall('mod_float', 'mod', ['float', 'float'], 'float'),
    helperCall('pow_float', 'pow', ['float', 'float'], 'float'),
    prim('sqrt_float', ['float'], 'float', ([a]) => `Math.sqrt(Math.abs(${a}))`),
    infix('eq_int', '===', ['int', 'int'], 'boolean'),
    infix('ne_int', '!==', ['int', 'int'], 'boolean'),
    prim('float_of_int', ['int'], 'float', ([a]) => a),
    prim('floor_float', ['float'], 'int', ([a]) => `Math.floor(${a})`),
    prim('ceil_float', ['float'], 'int', ([a]) => `Math.ceil(${a})`),
    prim('round_float', ['float'], 'int', ([a]) => `Math.round(${a})`),
    // Data rounded half to even (made with Python's round): composed by the seed stage only (rounding.ts).
    { ...helperCall('roundEven_float', 'roundEven', ['float'], 'int'), composedOnly: true },
    prim('trunc_float', ['float'], 'int', ([a]) => `Math.trunc(${a})`),
    helperCall('digits_int', 'digits', ['int'], 'int[]'),
    helperCall('undigits_int', 'undigits', ['int[]'], 'int'),
    helperCall('chr_int', 'chr', ['int'], 'string'),
    infix('and', '&&', ['boolean', 'boolean'], 'boolean'),
    infix('or', '||', ['boolean', 'boolean'], 'boolean'),
    prim('not', ['boolean'], 'boolean', ([a]) => `!${a}`),
    infix('eq_boolean', '===', ['boolean', 'boolean'], 'boolean'),
    prim('str_boolean', ['boolean'], 'string', ([a]) => `String(${a})`),
  );
  return list;
}
