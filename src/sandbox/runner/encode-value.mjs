// Turns a candidate's return value into plain JSON data that keeps what JSON alone would lose
// (undefined, NaN, +-Infinity, -0, bigint), so the parent scores exactly what the function returned.
// Every non-array object becomes a tagged { $: ... } record; decode-value.ts is the inverse.

const MAX_DEPTH = 64;
const isArray = Array.isArray;
const keysOf = Object.keys;
const createObject = Object.create;
const same = Object.is;
const isNaNumber = Number.isNaN;
const SetCtor = Set;
const toText = String;
const ErrorCtor = Error;

/** Encodes `value` within a budget of roughly `maxBytes` serialised bytes; beyond it the value is { $: 'too-large' }. */
export function encodeValue(value, maxBytes) {
  try {
    return encode(value, { left: maxBytes }, new SetCtor(), 0);
  } catch (error) {
    if (error instanceof TooLarge) return { $: 'too-large' };
    throw error;
  }
}

function encode(value, budget, seen, depth) {
  budget.left -= 8;
  if (budget.left < 0) throw new TooLarge();
  switch (typeof value) {
    case 'number':
      if (isNaNumber(value)) return { $: 'NaN' };
      if (value === Infinity) return { $: 'Infinity' };
      if (value === -Infinity) return { $: '-Infinity' };
      if (same(value, -0)) return { $: '-0' };
      return value;
    case 'string':
      budget.left -= value.length;
      if (budget.left < 0) throw new TooLarge();
      return value;
    case 'boolean':
      return value;
    case 'undefined':
      return { $: 'undefined' };
    case 'bigint':
      return { $: 'bigint', v: toText(value) };
    case 'function':
    case 'symbol':
      return { $: typeof value };
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return { $: 'too-deep' };
  if (seen.has(value)) return { $: 'cycle' };
  seen.add(value);
  try {
    return isArray(value) ? encodeArray(value, budget, seen, depth) : encodeObject(value, budget, seen, depth);
  } finally {
    seen.delete(value);
  }
}

function encodeArray(array, budget, seen, depth) {
  const length = array.length;
  if (length > budget.left) throw new TooLarge();
  const out = [];
  for (let i = 0; i < length; i++) out[i] = encode(array[i], budget, seen, depth + 1);
  return out;
}

function encodeObject(object, budget, seen, depth) {
  const fields = createObject(null);
  for (const key of keysOf(object)) {
    budget.left -= key.length;
    fields[key] = encode(object[key], budget, seen, depth + 1);
  }
  return { $: 'object', v: fields };
}

class TooLarge extends ErrorCtor {}
