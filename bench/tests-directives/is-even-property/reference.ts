/** The behaviour the tests describe, and inputs the tests never used. */
export const reference = (n: number): boolean => n % 2 === 0;
export const randomInput = (r: () => number): unknown[] => [Math.floor(r() * 2000) - 1000];
