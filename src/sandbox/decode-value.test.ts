import { describe, expect, it } from 'vitest';
import { encodeValue } from './runner/encode-value.mjs';
import { decodeValue } from './decode-value.js';

const roundTrip = (value: unknown, maxBytes = 10_000): unknown => decodeValue(JSON.parse(JSON.stringify(encodeValue(value, maxBytes))));

describe('encodeValue (runner) and decodeValue (parent)', () => {
  it('carries what JSON loses across the channel', () => {
    expect(roundTrip(undefined)).toBeUndefined();
    expect(roundTrip(Number.NaN)).toBeNaN();
    expect(roundTrip(-0)).toBe(-0);
    expect(roundTrip([Infinity, -Infinity, 1.5])).toEqual([Infinity, -Infinity, 1.5]);
    expect(roundTrip(12n)).toBe(12n);
    expect(roundTrip({ a: [1, 'x', true, null], __proto__: { hidden: 1 } })).toEqual({ a: [1, 'x', true, null] });
  });

  it('keeps a literal "$" field of the candidate from posing as a tag', () => {
    expect(roundTrip({ $: 'NaN' })).toEqual({ $: 'NaN' });
  });

  it('marks what cannot cross: functions, cycles, and values over budget', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(roundTrip(() => 1)).toEqual({ $: 'function' });
    expect(roundTrip(cyclic)).toEqual([{ $: 'cycle' }]);
    expect(roundTrip('x'.repeat(50), 40)).toEqual({ $: 'too-large' });
    expect(roundTrip(new Array(1e7), 1000)).toEqual({ $: 'too-large' });
  });
});
