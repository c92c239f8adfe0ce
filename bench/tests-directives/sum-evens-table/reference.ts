/** The behaviour the tests describe, and inputs the tests never used. */
export const reference = (xs: number[]): number => xs.filter((x) => x % 2 === 0).reduce((a, b) => a + b, 0);
export const randomInput = (r: () => number): unknown[] => [Array.from({ length: Math.floor(r() * 12) }, () => Math.floor(r() * 41) - 20)];
