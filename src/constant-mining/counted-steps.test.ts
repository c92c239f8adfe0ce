import { describe, expect, it } from 'vitest';
import { countedSteps } from './counted-steps.js';

/** Cases of `n` steps of `step` from `start`, with a third parameter the step reads. */
function stepped(step: (s: number, k: number) => number, rows: [number, number, number][]): { inputs: unknown[]; outputs: unknown[] }[] {
  return rows.map(([n, start, k]) => {
    let s = start;
    for (let i = 0; i < n; i++) s = step(s, k);
    return { inputs: [n, start, k], outputs: [s] };
  });
}

const rows: [number, number, number][] = [[0, 5, 2], [1, 7, 3], [4, 2, 1], [1, 3, 5], [2, 4, 4], [1, 10, 2], [6, 1, 2], [0, 9, 9]];

describe('outputs read as a step applied a parameter number of times', () => {
  it('reads the count, the start, and the cases of one step without the count', () => {
    const read = countedSteps(stepped((s, k) => s * 2 + k, rows), ['int', 'int', 'int'], ['int']);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ count: 0, start: 1 });
    expect(read[0].once).toEqual([
      { inputs: [7, 3], outputs: [17] },
      { inputs: [3, 5], outputs: [11] },
      { inputs: [10, 2], outputs: [22] },
    ]);
  });

  it('reads nothing where a count of 0 does not give the start, or too few cases take one step', () => {
    const moved = stepped((s, k) => s * 2 + k, rows).map((c, i) => (i === 0 ? { ...c, outputs: [6] } : c));
    expect(countedSteps(moved, ['int', 'int', 'int'], ['int'])).toEqual([]);
    const fewOnce = stepped((s, k) => s + k, rows.filter(([n]) => n !== 1).concat([[1, 2, 2]]));
    expect(countedSteps(fewOnce, ['int', 'int', 'int'], ['int'])).toEqual([]);
  });

  it('reads nothing where no count passes 1, a negative count occurs, or the start is of another type', () => {
    const small = stepped((s, k) => s + k, rows.map(([n, s, k]) => [Math.min(n, 1), s, k] as [number, number, number]));
    expect(countedSteps(small, ['int', 'int', 'int'], ['int'])).toEqual([]);
    const negative = stepped((s, k) => s + k, [...rows, [-1, 3, 3]]);
    expect(countedSteps(negative, ['int', 'int', 'int'], ['int'])).toEqual([]);
    // The start is a float here; the other integer parameter is no start (a count of 0 does not give it).
    expect(countedSteps(stepped((s, k) => s + k, rows), ['int', 'float', 'int'], ['int'])).toEqual([]);
  });

  it('ranks the starts a step moves least first where no case counts 0, so the state is among those tried', () => {
    // A balance after n months (interest then a fee): rate and fee are numbers too, but one step moves the balance least.
    const rows = Array.from({ length: 24 }, (_, i) => [1 + (i % 5), 0.01 * (1 + (i % 3)), 2 + (i % 4), 500 + 37 * i]);
    const cases = rows.map(([n, rate, fee, balance]) => {
      let s = balance;
      for (let k = 0; k < n; k++) s = s * (1 + rate) - fee;
      return { inputs: [n, rate, fee, balance], outputs: [s] };
    });
    expect(countedSteps(cases, ['int', 'float', 'float', 'float'], ['float']).map((r) => r.start)[0]).toBe(3);
  });

  it('reads nothing where one step leaves every start as it was, or for several outputs', () => {
    expect(countedSteps(stepped((s) => s, rows), ['int', 'int', 'int'], ['int'])).toEqual([]);
    const two = stepped((s, k) => s + k, rows).map((c) => ({ ...c, outputs: [c.outputs[0], 1] }));
    expect(countedSteps(two, ['int', 'int', 'int'], ['int', 'int'])).toEqual([]);
  });
});
