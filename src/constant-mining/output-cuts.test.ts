import { describe, expect, it } from 'vitest';
import { cutOutputs } from './output-cuts.js';

const CUT = ['string', 'int[]', 'float[]', 'string[]'];
const rows = (triples: [unknown, unknown, unknown][]): { inputs: unknown[]; outputs: unknown[] }[] => triples.map(([w, l, r]) => ({ inputs: [w], outputs: [l, r] }));

describe('two outputs read as a parameter cut in two', () => {
  it('tells where each case cuts a list, edges included', () => {
    const read = cutOutputs(rows([[[1, 2, 3], [1, 2], [3]], [[5, 5], [5], [5]], [[9], [9], []], [[4, 1, 1, 1, 1], [4], [1, 1, 1, 1]], [[2, 3, 4, 5], [2, 3], [4, 5]], [[7, 1, 7], [7], [1, 7]]]), ['int[]'], ['int[]', 'int[]'], CUT);
    expect(read).toEqual([{ param: 0, cuts: [2, 1, 1, 1, 2, 1] }]);
  });

  it('reads texts by code unit, and only a parameter of the outputs\' type', () => {
    const texts: [unknown, unknown, unknown][] = [['ab cd', 'ab', ' cd'], ['x yz', 'x', ' yz'], ['hello world', 'hello', ' world'], ['one two', 'one', ' two'], ['a b', 'a', ' b']];
    const both = texts.map(([w, l, r]) => ({ inputs: [String(w).length, w], outputs: [l, r] }));
    expect(cutOutputs(both, ['int', 'string'], ['string', 'string'], CUT)).toEqual([{ param: 1, cuts: [2, 1, 5, 3, 1] }]);
  });

  it('reads nothing where the parts do not make the parameter, the cut is fixed, too few cut inside, or the outputs differ in type', () => {
    expect(cutOutputs(rows([[[1, 2, 3], [1], [3]], [[5, 6], [5], [6]], [[1, 2, 3, 4], [1, 2], [3, 4]], [[3, 2, 1], [3], [2, 1]], [[8, 9, 8], [8, 9], [8]]]), ['int[]'], ['int[]', 'int[]'], CUT)).toEqual([]);
    const halves = rows([[[1, 2, 3, 4], [1, 2], [3, 4]], [[5, 6, 7], [5, 6], [7]], [[1, 2], [1, 2], []], [[3, 2, 1, 0, 9], [3, 2], [1, 0, 9]], [[8, 9, 8], [8, 9], [8]]]);
    expect(cutOutputs(halves, ['int[]'], ['int[]', 'int[]'], CUT)).toEqual([]);
    const lastOff = rows([[[1, 2, 3, 4], [1, 2, 3], [4]], [[5, 6, 7], [5, 6], [7]], [[1, 2], [1], [2]], [[3, 2, 1, 0, 9], [3, 2, 1, 0], [9]], [[8, 9, 8], [8, 9], [8]]]);
    expect(cutOutputs(lastOff, ['int[]'], ['int[]', 'int[]'], CUT)).toEqual([]);
    const edges = rows([[[1, 2, 3], [], [1, 2, 3]], [[5, 6], [5, 6], []], [[1, 2, 3, 4], [1, 2], [3, 4]], [[3, 2, 1], [3], [2, 1]], [[8, 9], [8, 9], []]]);
    expect(cutOutputs(edges, ['int[]'], ['int[]', 'int[]'], CUT)).toEqual([]);
    expect(cutOutputs(rows([[[1, 2], [1], 2]]), ['int[]'], ['int[]', 'int'], CUT)).toEqual([]);
  });
});
