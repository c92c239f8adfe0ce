import assert from 'node:assert';
type CountVowels = (text: string) => number;
export default {
  'no vowels': (f: CountVowels): void => { assert.strictEqual(f(''), 0); assert.strictEqual(f('rhythm'), 0); },
  words: async (f: CountVowels): Promise<void> => {
    await Promise.resolve();
    assert.strictEqual(f('hello'), 2);
    assert.strictEqual(f('queue'), 4);
  },
  sentences: (f: CountVowels): void => {
    assert.strictEqual(f('the quick brown fox'), 5);
    assert.strictEqual(f('a e i o u'), 5);
    assert.ok(f('banana') > f('bnn'));
  },
};
