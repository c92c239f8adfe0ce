import { describe, expect, it } from 'vitest';
import { tellingThresholds } from './telling-thresholds.js';
import { mineConstants } from './mine-constants.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(11);
// Lengths from 0 to 220, with the two either side of the rule's 160 among them (edge cases, as a benchmark's are).
const texts = [0, 160, 161, ...Array.from({ length: 57 }, () => rng.range(1, 220))].map((n) => 'x'.repeat(n));
const status = (s: string): string => (s.length > 160 ? 'long' : s.length === 0 ? 'empty' : `ok ${s.length}`);

describe('tellingThresholds', () => {
  it('finds the length past which the answer changes, where the cases pin it down', () => {
    const cases = texts.map((s) => ({ inputs: [s], outputs: [status(s)] }));
    expect(tellingThresholds(cases)).toEqual([160]);
    // Without 160 and 161 the split lies somewhere in a gap: a number there would be a guess.
    const wide = cases.filter((c) => ![159, 160, 161, 162].includes((c.inputs[0] as string).length) && Math.abs((c.inputs[0] as string).length - 160) > 6);
    expect(tellingThresholds(wide)).toEqual([]);
  });

  it('takes no split where a class lies on both sides (short lists hold no pair, nor do some long ones)', () => {
    const lists = Array.from({ length: 40 }, (_, i) => Array.from({ length: (i % 12) + 1 }, () => rng.range(-30, 30)));
    const pair = (xs: number[]): number => xs.find((x) => xs.includes(-x) && x !== 0) ?? 0;
    expect(tellingThresholds(lists.map((xs) => ({ inputs: [xs], outputs: [pair(xs)] })))).toEqual([]);
  });

  it('reads integer inputs too, and finds nothing where the classes do not follow a threshold', () => {
    const ages = [17, 18, ...Array.from({ length: 40 }, () => rng.range(1, 99))];
    expect(tellingThresholds(ages.map((a) => ({ inputs: [a], outputs: [a >= 18 ? 'adult' : 'minor'] })))).toEqual([17]);
    expect(tellingThresholds(ages.map((a) => ({ inputs: [a], outputs: [a % 2 ? 'odd' : 'even'] })))).toEqual([]);
  });

  it('is a preferred literal only where the goal names no number', () => {
    const cases = texts.map((s) => ({ inputs: [s], outputs: [status(s)] }));
    expect(mineConstants(cases, ['string']).preferred.int).toContain(160);
    expect(mineConstants(cases, ['string'], 'Answer "long" past 150 characters').preferred.int).not.toContain(160);
  });
});
