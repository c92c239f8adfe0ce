import assert from 'node:assert/strict';
type IsEven = (n: number) => boolean;
// No assertion compares the output with a literal: only pass/fail reaches the engine.
export default {
  'even numbers': (f: IsEven): void => { for (const n of [0, 2, 4, 10, 36, -8]) assert.ok(f(n)); },
  'odd numbers': (f: IsEven): void => { for (const n of [1, 3, 7, 25, -5]) assert.ok(!f(n)); },
};
