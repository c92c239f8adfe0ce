/** The behaviour the tests describe, and inputs the tests never used. */
export const reference = (text: string): number => [...text].filter((c) => 'aeiou'.includes(c)).length;
export const randomInput = (r: () => number): unknown[] => [Array.from({ length: Math.floor(r() * 15) }, () => 'abcdefghijklmnopqrstuvwxyz '[Math.floor(r() * 27)]).join('')];
