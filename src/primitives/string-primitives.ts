import type { Primitive } from './primitive.js';
import { helperCall, infix, prim } from './primitive.js';

/** General string primitives: length, slicing, searching, case, splitting, character codes and parsing. */
export function stringPrimitives(): Primitive[] {
  return [
    prim('len_string', ['string'], 'int', ([s]) => `${s}.length`),
    infix('cat_string', '+', ['string', 'string'], 'string'),
    infix('eq_string', '===', ['string', 'string'], 'boolean'),
    infix('ne_string', '!==', ['string', 'string'], 'boolean'),
    prim('slice2_string', ['string', 'int', 'int'], 'string', ([s, i, j]) => `${s}.slice(${i}, ${j})`),
    prim('slice1_string', ['string', 'int'], 'string', ([s, i]) => `${s}.slice(${i})`),
    prim('charAt', ['string', 'int'], 'string', ([s, i]) => `${s}.charAt(${i})`),
    prim('first_string', ['string'], 'string', ([s]) => `${s}.slice(0, 1)`),
    prim('last_string', ['string'], 'string', ([s]) => `${s}.slice(-1)`),
    prim('rest_string', ['string'], 'string', ([s]) => `${s}.slice(1)`),
    prim('butlast_string', ['string'], 'string', ([s]) => `${s}.slice(0, -1)`),
    prim('indexOf_string', ['string', 'string'], 'int', ([s, t]) => `${s}.indexOf(${t})`),
    prim('lastIndexOf_string', ['string', 'string'], 'int', ([s, t]) => `${s}.lastIndexOf(${t})`),
    prim('includes_string', ['string', 'string'], 'boolean', ([s, t]) => `${s}.includes(${t})`),
    prim('startsWith', ['string', 'string'], 'boolean', ([s, t]) => `${s}.startsWith(${t})`),
    prim('endsWith', ['string', 'string'], 'boolean', ([s, t]) => `${s}.endsWith(${t})`),
    prim('upper', ['string'], 'string', ([s]) => `${s}.toUpperCase()`),
    prim('lower', ['string'], 'string', ([s]) => `${s}.toLowerCase()`),
    prim('trim', ['string'], 'string', ([s]) => `${s}.trim()`),
    prim('capitalize', ['string'], 'string', ([s]) => `(${s}.charAt(0).toUpperCase() + ${s}.slice(1))`),
    prim('replace_first', ['string', 'string', 'string'], 'string', ([s, a, b]) => `${s}.replace(${a}, () => ${b})`),
    helperCall('replace_all', 'replaceAll', ['string', 'string', 'string'], 'string'),
    helperCall('repeat_string', 'repeat', ['string', 'int'], 'string'),
    helperCall('reverse_string', 'reverse', ['string'], 'string'),
    helperCall('count_string', 'count', ['string', 'string'], 'int'),
    helperCall('code_string', 'code', ['string'], 'int'),
    helperCall('toInt_string', 'toInt', ['string'], 'int'),
    helperCall('toFloat_string', 'toFloat', ['string'], 'float'),
    // Number.prototype.toString(radix), parseInt(s, radix), toFixed(digits) and String.prototype.padStart, bounded.
    // The enumeration tries literals only for a base, a number of decimals and a fill: any integer expression as a base is a cost, not a reach.
    { ...helperCall('toBase_int', 'toBase', ['int', 'int'], 'string'), literals: [false, true] },
    { ...helperCall('fromBase_string', 'fromBase', ['string', 'int'], 'int'), literals: [false, true] },
    { ...helperCall('toFixed_float', 'fixed', ['float', 'int'], 'string'), literals: [false, true] },
    { ...helperCall('padStart_string', 'padStart', ['string', 'int', 'string'], 'string'), literals: [false, false, true] },
    helperCall('isUpper', 'isUpper', ['string'], 'boolean'),
    helperCall('isLower', 'isLower', ['string'], 'boolean'),
    helperCall('isDigit', 'isDigit', ['string'], 'boolean'),
    helperCall('isLetter', 'isLetter', ['string'], 'boolean'),
    helperCall('isSpace', 'isSpace', ['string'], 'boolean'),
    prim('split_string', ['string', 'string'], 'string[]', ([s, t]) => `${s}.split(${t})`),
    prim('chars_string', ['string'], 'string[]', ([s]) => `[...${s}]`),
    prim('words_string', ['string'], 'string[]', ([s]) => `${s}.split(' ').filter((w) => w !== '')`),
  ];
}
