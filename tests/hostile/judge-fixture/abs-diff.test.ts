import assert from 'node:assert/strict';
type AbsDiff = (a: number, b: number) => number;
export default {
  'equal inputs': (f: AbsDiff): void => assert.equal(f(5, 5), 0),
  'first larger': (f: AbsDiff): void => assert.equal(f(9, 2), 7),
  'second larger': async (f: AbsDiff): Promise<void> => assert.equal(await f(2, 9), 7),
  negatives: (f: AbsDiff): void => assert.deepEqual([f(-3, 4), f(4, -3)], [7, 7]),
};
