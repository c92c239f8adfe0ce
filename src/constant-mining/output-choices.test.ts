import { describe, expect, it } from 'vitest';
import { chosenOutputs, goalAsksIndex } from './output-choices.js';

const rows = (pairs: [unknown, unknown][]): { inputs: unknown[]; outputs: unknown[] }[] => pairs.map(([i, o]) => ({ inputs: [i], outputs: [o] }));

describe('an output read as one item chosen from a collection of a parameter', () => {
  it('reads a list parameter of the output\'s element type', () => {
    const read = chosenOutputs(rows([[[3, -1, 2], -1], [[5, 4], 4], [[7], 7], [[9, 2, 8], 2], [[1, 6, 0, 4], 0]]), ['int[]'], ['int']);
    expect(read).toEqual([{ kind: 'list', param: 0, items: [[3, -1, 2], [5, 4], [7], [9, 2, 8], [1, 6, 0, 4]] }]);
  });

  it('reads a text\'s words and characters where the output is a text, each only where every output is among them', () => {
    const words = rows([['a bb c', 'bb'], ['xyz w', 'xyz'], ['p qq rrr', 'rrr'], ['hi  there', 'there'], ['one two', 'one']]);
    expect(chosenOutputs(words, ['string'], ['string'])).toEqual([{ kind: 'words', param: 0, items: [['a', 'bb', 'c'], ['xyz', 'w'], ['p', 'qq', 'rrr'], ['hi', 'there'], ['one', 'two']] }]);
    const chars = rows([['abc', 'c'], ['zay', 'a'], ['mm', 'm'], ['qrst', 't'], ['hello', 'o'], ['kiwi', 'w']]);
    expect(chosenOutputs(chars, ['string'], ['string']).map((r) => r.kind)).toEqual(['chars']);
    // A character may be none (empty); a word may not.
    const none = rows([['abc', 'c'], ['zay', ''], ['mm', 'm'], ['qrst', 't'], ['hello', 'o'], ['kiwi', 'w']]);
    expect(chosenOutputs(none, ['string'], ['string']).map((r) => r.kind)).toEqual(['chars']);
  });

  it('reads a place (or -1) of any list or of a text\'s words and characters where the goal asks for an index', () => {
    const places = rows([[['ab', 'c', 'dd'], 0], [['x', 'yyy'], 1], [['p'], 0], [['q', 'rr', 'sss'], 2], [['tt', 'u', 'vvv', 'w'], 2], [['aa', 'b'], 0]]);
    expect(chosenOutputs(places, ['string[]'], ['int'], true)).toMatchObject([{ kind: 'list', param: 0, index: true }]);
    expect(chosenOutputs(places, ['string[]'], ['int'], false)).toEqual([]);
    const words = rows([['a bb c', 1], ['xyz w', 0], ['p qq rrr', 2], ['hi  there', 1], ['one two', -1]]);
    expect(chosenOutputs(words, ['string'], ['int'], true).map((r) => r.kind)).toEqual(['words', 'chars']);
    expect(chosenOutputs(rows([[[1, 2], 5], [[3, 4], 0], [[5, 6], 1], [[7, 8], 0], [[1, 9], 1]]), ['int[]'], ['int'], true)).toEqual([]);
    expect([goalAsksIndex('Return the index of the largest.'), goalAsksIndex('Its position in the list'), goalAsksIndex('Return the largest.')]).toEqual([true, true, false]);
  });

  it('reads nothing where an output is no item, the choice is always the first or the last, or too few cases choose', () => {
    expect(chosenOutputs(rows([[[3, 1], 1], [[5, 4], 9], [[7, 2], 7], [[9, 2], 2], [[1, 6], 6]]), ['int[]'], ['int'])).toEqual([]);
    expect(chosenOutputs(rows([[[3, 1], 3], [[5, 4], 5], [[7, 2], 7], [[9, 2], 9], [[1, 6], 1]]), ['int[]'], ['int'])).toEqual([]);
    expect(chosenOutputs(rows([[[3, 1], 1], [[5, 4], 4], [[7, 2], 2], [[9, 2], 2], [[1, 6], 6]]), ['int[]'], ['int'])).toEqual([]);
    expect(chosenOutputs(rows([[[3], 3], [[5, 5], 5], [[7, 2], 7], [[9, 2, 1], 2], [[1, 6], 1]]), ['int[]'], ['int'])).toEqual([]);
    expect(chosenOutputs(rows([[[3, 1], 1]]), ['int[]'], ['int', 'int'])).toEqual([]);
  });
});
