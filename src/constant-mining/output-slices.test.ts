import { describe, expect, it } from 'vitest';
import { slicedOutputs } from './output-slices.js';

const SLICED = ['string', 'int[]', 'float[]', 'string[]'];
const cases = (pairs: [unknown, unknown][]): { inputs: unknown[]; outputs: unknown[] }[] => pairs.map(([i, o]) => ({ inputs: [i], outputs: [o] }));

describe('outputs read as slices of a parameter', () => {
  it('tells both bounds of a slice in the middle where the output occurs once, and neither where it repeats', () => {
    const read = slicedOutputs(cases([['abcde', 'c'], ['abcd', 'bc'], ['xyzzy', 'z'], ['klmnop', 'mn'], ['qrs', 'r']]), ['string'], ['string'], SLICED);
    expect(read).toEqual([{ param: 0, kind: 'middle', starts: [2, 1, undefined, 2, 1], ends: [3, 3, undefined, 4, 2] }]);
  });

  it('reads a prefix from its end alone and a suffix from its start alone, an empty output included', () => {
    const prefix = slicedOutputs(cases([['hello', 'hel'], ['ab', 'ab'], ['xyz', ''], ['kitten', 'kit']]), ['string'], ['string'], SLICED);
    expect(prefix).toEqual([{ param: 0, kind: 'prefix', starts: [0, 0, 0, 0], ends: [3, 2, 0, 3] }]);
    const suffix = slicedOutputs(cases([['a@b.org', 'b.org'], ['me@x.io', 'x.io'], ['q@rr.uk', 'rr.uk'], ['zz@y.com', 'y.com']]), ['string'], ['string'], SLICED);
    expect(suffix).toEqual([{ param: 0, kind: 'suffix', starts: [2, 3, 2, 3], ends: [7, 7, 7, 8] }]);
  });

  it('reads arrays element by element, and only a parameter of the output type', () => {
    const pairs: [unknown, unknown][] = [[[5, 1, 7, 2], [1, 7]], [[9, 8, 6], [8]], [[4, 4, 3, 1, 0], [3, 1]], [[2, 6, 5, 3, 1, 0], [5, 3]]];
    expect(slicedOutputs(cases(pairs), ['int[]'], ['int[]'], SLICED)).toEqual([{ param: 0, kind: 'middle', starts: [1, 1, 2, 2], ends: [3, 2, 4, 4] }]);
    const both = pairs.map(([xs, ys]) => ({ inputs: [String(xs), xs], outputs: [ys] }));
    expect(slicedOutputs(both, ['string', 'int[]'], ['int[]'], SLICED).map((r) => r.param)).toEqual([1]);
  });

  it('reads nothing when an output is no slice, every output is its whole parameter, or too few cases tell the bounds', () => {
    expect(slicedOutputs(cases([['abc', 'b'], ['abc', 'd'], ['abcd', 'bc'], ['xy', 'y']]), ['string'], ['string'], SLICED)).toEqual([]);
    expect(slicedOutputs(cases([['abc', 'abc'], ['de', 'de'], ['f', 'f'], ['gh', 'gh']]), ['string'], ['string'], SLICED)).toEqual([]);
    expect(slicedOutputs(cases([['aab', 'a'], ['bba', 'b'], ['cxc', 'c'], ['dd', 'd'], ['xyz', 'y']]), ['string'], ['string'], SLICED)).toEqual([]);
    expect(slicedOutputs(cases([['abc', 'b']]), ['string'], ['int'], SLICED)).toEqual([]);
    // Nested arrays are no slices read here; a missing input is no slice either, not an error.
    expect(slicedOutputs(cases([[[[1], [2]], [[2]]], [[[3], [4]], [[3]]]]), ['int[][]'], ['int[][]'], SLICED)).toEqual([]);
    expect(slicedOutputs(cases([[null, 'a'], ['ab', 'a'], ['cab', 'c'], ['dab', 'd']]), ['string'], ['string'], SLICED)).toEqual([]);
  });

  it('stops comparing array elements past its bound, reading nothing rather than running on', () => {
    // Each case compares about 3 million elements before its match, a thousand places in.
    const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);
    const pair: [unknown, unknown] = [[...zeros(4_000), 1], [...zeros(3_000), 1]];
    expect(slicedOutputs(cases([pair, pair]), ['int[]'], ['int[]'], SLICED).map((r) => r.kind)).toEqual(['suffix']);
    expect(slicedOutputs(cases([pair, pair, pair, pair]), ['int[]'], ['int[]'], SLICED)).toEqual([]);
  });
});
