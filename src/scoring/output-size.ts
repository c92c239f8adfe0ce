/** Bytes every output may take beyond ten times its expected value's size before it fails without comparison. */
export const OUTPUT_SIZE_SLACK = 1024;

/**
 * Approximate JSON size of a value, counting no further than `limit` (the walk stops as soon as it is passed, so a
 * huge candidate output costs no more than the limit). Strings count their length, other scalars a fixed width.
 */
export function outputSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      if (size > limit) break;
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      size += 2 + entries.length;
      if (size > limit) break;
      for (const [key, element] of entries) stack.push(key, element);
    } else size += 8;
  }
  return size;
}

/** The largest output a case accepts for comparison: ten times the expected outputs' size plus 1 KB. */
export function outputSizeCap(expected: readonly unknown[]): number {
  return 10 * outputSize(expected) + OUTPUT_SIZE_SLACK;
}
