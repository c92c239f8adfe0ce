// Input domains shared by the PSB1 data recipes.

/** Visible ASCII characters, the usual PSB1 string alphabet. */
export const VISIBLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');

/** Integers lo..hi as one-input cases, for finite domains. */
export function rangePool(lo: number, hi: number): unknown[][] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => [lo + i]);
}
