import assert from 'node:assert/strict';

export default (fn: (a: number, b: number) => number): void => {
  assert.equal(fn(3, 5), 2);
};
