import { describe, expect, it } from 'vitest';
import { aggregatesFor, roundedTo } from './aggregates.js';
import { roundedDecimals } from './rounding.js';
import { Rng } from '../util/rng.js';
import { aggregateGeneralises } from './aggregate-fixture.js';

const rng = new Rng(5);
const many = (n: number, f: () => number): number[] => Array.from({ length: n }, f);

describe('rounded float outputs', () => {
  it('reads cents, tenths and thousandths from outputs whose last decimal varies', () => {
    expect(roundedDecimals(many(30, () => rng.int(100_000) / 100))).toBe(2);
    expect(roundedDecimals(many(30, () => rng.int(100_000) / 10))).toBe(1);
    expect(roundedDecimals(many(30, () => -rng.int(100_000) / 1000))).toBe(3);
  });

  it('takes no rounding from whole numbers, halves, full-precision values, too few cases or other outputs', () => {
    expect(roundedDecimals(many(30, () => rng.int(1000)))).toBeUndefined();
    expect(roundedDecimals(many(30, () => rng.int(1000) / 2))).toBeUndefined();
    expect(roundedDecimals(many(30, () => rng.int(1000) / 4))).toBeUndefined();
    expect(roundedDecimals(many(30, () => rng.next() * 100))).toBeUndefined();
    // Large full-precision values are no rounded ones, whatever their size; large cents still are.
    expect(roundedDecimals(many(30, () => 1000 + rng.next() * 1e6))).toBeUndefined();
    expect(roundedDecimals(many(30, () => rng.int(1e11) / 100))).toBe(2);
    expect(roundedDecimals(many(30, () => 0.1 * rng.int(50) + 0.01 * rng.int(50)))).toBe(2);
    expect(roundedDecimals(many(9, () => rng.int(100_000) / 100))).toBeUndefined();
    expect(roundedDecimals([...many(20, () => rng.int(100_000) / 100), 'x'])).toBeUndefined();
    expect(roundedDecimals([...many(20, () => rng.int(100_000) / 100), Number.NaN])).toBeUndefined();
  });

  it('rounds a sum divided by as many places in one step, and any other aggregate after it', () => {
    const sums = aggregatesFor('float', [0.5, 100, 1, 0, -1]);
    const names = sums.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['sum', 'mean', 'root of sum', 'sum / 2', 'sum * 100', 'sum / 100']));
    expect(names).not.toContain('sum * 0.5');
    // Literals as written, never a computed inverse: 49 divides and multiplies, 0.08 only multiplies.
    const odd = aggregatesFor('float', [49, 0.08]).map((a) => a.name);
    expect(odd).toEqual(expect.arrayContaining(['sum / 49', 'sum * 49', 'sum * 0.08']));
    expect(odd.filter((n) => n.startsWith('sum ')).length).toBe(3);
    expect(names).not.toContain('sum * 1');
    expect(names).not.toContain('sum * -1');
    const byHundred = sums.find((a) => a.name === 'sum / 100')!;
    expect(roundedTo(byHundred, 2).apply([123.456, 1], [])).toBe(1.24);
    expect(roundedTo(sums.find((a) => a.name === 'mean')!, 1).apply([1, 2, 2], [])).toBe(1.7);
    expect(sums.find((a) => a.name === 'mean')!.apply([], [])).toBe(0);
  });
});

describe('boolean aggregates', () => {
  it('tells whether most tuples hold (more vowels than other letters), on longer texts', () => {
    const vowelly = (s: string): boolean => 2 * [...s].filter((c) => 'aeiou'.includes(c)).length > s.length;
    const make = (n: number): unknown[] => [Array.from({ length: n }, () => 'aeioubcdst'[rng.int(rng.next() < 0.5 ? 5 : 10)]).join('')];
    const train = Array.from({ length: 24 }, (_, i) => make(1 + (i % 8)));
    const longer = Array.from({ length: 40 }, (_, i) => make(12 + i));
    const goal = 'Does a word have more vowels than consonants?';
    expect(aggregateGeneralises({ goal, params: [{ name: 's', type: 'string' }], returns: 'boolean', f: vowelly }, train, longer, 2_000_000)).toBe(true);
  });
});
