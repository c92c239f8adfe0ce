import assert from 'node:assert/strict';
type MinMax = (xs: number[]) => [number, number];
export default {
  'one number': (f: MinMax): void => assert.deepStrictEqual(f([4]), [4, 4]),
  sorted: (f: MinMax): void => assert.deepStrictEqual(f([1, 2, 3]), [1, 3]),
  unsorted: (f: MinMax): void => { assert.deepStrictEqual(f([5, -2, 9, 0]), [-2, 9]); assert.deepStrictEqual(f([7, 7, 3]), [3, 7]); },
  'the pair is fresh': (f: MinMax): void => assert.notStrictEqual(f([1, 2]), f([1, 2])),
};
