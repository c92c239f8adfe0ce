/** Index tuples with each index below its length and these indices summing to `total`, the first index smallest first. */
function* withSum(lengths: number[], total: number, from: number): Generator<number[]> {
  if (from === lengths.length - 1) {
    if (total < lengths[from]) yield [total];
    return;
  }
  let restMax = 0;
  for (let i = from + 1; i < lengths.length; i++) restMax += lengths[i] - 1;
  for (let first = Math.max(0, total - restMax); first <= Math.min(total, lengths[from] - 1); first++) {
    for (const rest of withSum(lengths, total - first, from + 1)) yield [first, ...rest];
  }
}

/**
 * Every index tuple of a product of lists (one index per list), by increasing sum of indices: when each list is in
 * priority order and only a prefix of the product can be afforded, that prefix pairs the early choices of every
 * argument (`min(b, min(c, d))` as well as `min(a, …)`) instead of the first choice of the first argument with
 * everything. Lazy, so a large product is never built.
 */
export function* byRankSum(lengths: number[]): Generator<number[]> {
  if (lengths.length === 0) {
    yield [];
    return;
  }
  if (lengths.some((n) => n === 0)) return;
  const last = lengths.reduce((a, n) => a + n - 1, 0);
  for (let total = 0; total <= last; total++) yield* withSum(lengths, total, 0);
}
