import { describe, expect, it } from 'vitest';
import { offerOptions, picked, picks, sampledSearch } from './best-measure.js';

describe('picked', () => {
  it('finds the first or last least or greatest value of a group, from a place on', () => {
    const values = [9, 3, 5, 3, 7, 9, 1];
    expect(picked(values, 0, 6, 0, { dir: 1, last: false })).toBe(1);
    expect(picked(values, 0, 6, 0, { dir: 1, last: true })).toBe(3);
    expect(picked(values, 0, 6, 0, { dir: -1, last: false })).toBe(0);
    expect(picked(values, 0, 6, 0, { dir: -1, last: true })).toBe(5);
    expect(picked(values, 0, 6, 2, { dir: 1, last: false })).toBe(3);
    expect(picked(values, 4, 3, 0, { dir: 1, last: false })).toBe(2);
  });

  it('finds where a condition first holds, and tells no place where a value is of another kind', () => {
    expect(picked([false, true, true], 0, 3, 0, { dir: 0, last: false })).toBe(1);
    expect(picked([false, false], 0, 2, 0, { dir: 0, last: false })).toBe(-1);
    expect(picked([1, 'x', 0], 0, 3, 0, { dir: 1, last: false })).toBe(-2);
    expect(picks('boolean')).toEqual([{ dir: 0, last: false }]);
    expect(picks('int')).toHaveLength(4);
  });
});

describe('sampledSearch and offerOptions', () => {
  it('searches again, for a third of the share, with the case a program missed added to the sample', () => {
    const groups = Array.from({ length: 10 }, (_, i) => ({ i, size: 10 }));
    const runs: { sample: number[]; share: number }[] = [];
    sampledSearch(groups, (g) => g.size, (g) => g.i % 2 === 0, 90, (sample, share, missed) => {
      runs.push({ sample: sample.map((g) => g.i), share });
      const said = offerOptions([1, 2], (o) => o === 2, () => ({ lets: [], outs: [] }), () => (runs.length === 1 ? 7 : -1), missed, () => {});
      return { found: said === 'found', executions: 5 };
    });
    expect(runs).toEqual([
      { sample: [0, 2, 4, 6], share: 60 },
      { sample: [7, 0, 2, 4, 6], share: 30 },
    ]);
  });
});
