import { describe, expect, it } from 'vitest';
import { tellingRatios } from './telling-ratios.js';
import { mineConstants } from './mine-constants.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(5);
const lists = Array.from({ length: 40 }, () => Array.from({ length: rng.range(1, 12) }, () => rng.range(10, 5000)));

describe('tellingRatios', () => {
  it('finds the whole number an output is a fraction of a sum of, or a multiple of an input, by', () => {
    // Boxes of 12 needed for each order's items, summed: a twelfth of the items' total, give or take a box an order.
    const boxes = lists.map((xs) => ({ inputs: [xs], outputs: [xs.reduce((a, x) => a + Math.ceil(x / 12), 0)] }));
    expect(tellingRatios(boxes, ['int'])).toEqual([12]);
    const wheels = Array.from({ length: 20 }, () => rng.range(1, 900)).map((n) => ({ inputs: [n, 'car'], outputs: [n * 4 + 2] }));
    expect(tellingRatios(wheels, ['int'])).toEqual([4]);
  });

  it('finds nothing where no line fits, the scale is 0, 1 or 2, or the output is no integer', () => {
    expect(tellingRatios(lists.map((xs) => ({ inputs: [xs], outputs: [xs.length % 3] })), ['int'])).toEqual([]);
    expect(tellingRatios(lists.map((xs) => ({ inputs: [xs], outputs: [xs.reduce((a, b) => a + b, 0) * 2] })), ['int'])).toEqual([]);
    expect(tellingRatios(lists.map((xs) => ({ inputs: [xs], outputs: [xs.length / 7] })), ['float'])).toEqual([]);
    expect(tellingRatios(lists.slice(0, 5).map((xs) => ({ inputs: [xs], outputs: [xs.length * 9] })), ['int'])).toEqual([]);
  });

  it('is a preferred literal only where the goal names no number', () => {
    const cases = lists.map((xs) => ({ inputs: [xs], outputs: [xs.reduce((a, x) => a + Math.floor(x / 3) - 2, 0)] }));
    expect(mineConstants(cases, ['int']).preferred.int).toContain(3);
    expect(mineConstants(cases, ['int'], 'Take 2 away from each share').preferred.int).not.toContain(3);
  });
});

describe('tellingRatios beside lists of mixed numbers', () => {
  it('reads a scale whatever the other inputs hold', () => {
    const rng = new Rng(8);
    // A float list that is sometimes all whole numbers beside a text: 7 characters' worth per letter.
    const cases = Array.from({ length: 30 }, (_, i) => {
      const s = 'x'.repeat(rng.range(1, 60));
      return { inputs: [s, i % 2 ? [1.5, 2] : [1, 2]], outputs: [7 * s.length] };
    });
    expect(tellingRatios(cases, ['int'])).toEqual([7]);
  });
});
