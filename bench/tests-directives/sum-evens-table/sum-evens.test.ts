import assert from 'node:assert/strict';
type SumEvens = (xs: number[]) => number;
const TABLE: [number[], number][] = [
  [[], 0], [[7], 0], [[8], 8], [[1, 3, 5, 7], 0], [[1, 2, 3, 4], 6], [[10, 11, 12], 22], [[-2, -3, 0], -2],
  [[-4, 6, 9], 2], [[8, 8, 1, -1], 16], [[5, 14, 3, 2, 9], 16], [[-7, -8, 13, 20], 12], [[2, 2, 2, 2, 2, 3], 10],
  [[19, 17, 30], 30], [[-11, -12, -13, -14], -26], [[6, 1, 6, 1, 6], 18], [[100, 3, 7, 50], 150],
];
export default {
  'empty array': (f: SumEvens): void => assert.equal(f([]), 0),
  'single numbers': (f: SumEvens): void => { assert.equal(f([7]), 0); assert.equal(f([8]), 8); },
  'a table of arrays': (f: SumEvens): void => { for (const [xs, sum] of TABLE) assert.equal(f([...xs]), sum); },
  'the input is left alone': (f: SumEvens): void => { const xs = [4, 5, 6]; f(xs); assert.deepEqual(xs, [4, 5, 6]); },
};
