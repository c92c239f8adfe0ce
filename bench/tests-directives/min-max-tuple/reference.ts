/** The behaviour the tests describe, and inputs the tests never used. */
export const reference = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
export const randomInput = (r: () => number): unknown[] => [Array.from({ length: 1 + Math.floor(r() * 10) }, () => Math.floor(r() * 100) - 50)];
