// The runner encodes at most 64 levels (encode-value.mjs); anything deeper did not come from it.
const MAX_DEPTH = 66;

/**
 * Inverse of the runner's encodeValue (runner/encode-value.mjs): rebuilds undefined, NaN, +-Infinity, -0, bigint and
 * objects; what cannot cross the channel (functions, symbols, cycles, over-deep or over-large values) stays a
 * { $: tag } record, which no expected output equals. Deeper nesting than the runner writes becomes { $: 'too-deep' }.
 */
export function decodeValue(encoded: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return { $: 'too-deep' };
  if (Array.isArray(encoded)) return encoded.map((item) => decodeValue(item, depth + 1));
  if (encoded === null || typeof encoded !== 'object') return encoded;
  const { $: tag, v } = encoded as { $?: unknown; v?: unknown };
  switch (tag) {
    case 'undefined':
      return undefined;
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case '-Infinity':
      return Number.NEGATIVE_INFINITY;
    case '-0':
      return -0;
    case 'bigint':
      return typeof v === 'string' && /^-?\d+$/.test(v) ? BigInt(v) : encoded;
    case 'object':
      if (v === null || typeof v !== 'object') return encoded;
      return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, decodeValue(item, depth + 1)]));
    default:
      return encoded;
  }
}
