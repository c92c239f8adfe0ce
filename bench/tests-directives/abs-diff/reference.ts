/** The behaviour the tests describe, and inputs the tests never used. */
export const reference = (a: number, b: number): number => Math.abs(a - b);
export const randomInput = (r: () => number): unknown[] => [Math.floor(r() * 200) - 100, Math.floor(r() * 200) - 100];
