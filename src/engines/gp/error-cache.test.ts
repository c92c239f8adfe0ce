import { describe, expect, it } from 'vitest';
import { ErrorCache } from './error-cache.js';

const idx = (...xs: number[]): Int32Array => Int32Array.from(xs);

describe('ErrorCache', () => {
  it('returns a row only when every chosen case is known, gathered in the order asked', () => {
    const cache = new ErrorCache(4, 10);
    cache.store('p', idx(0, 2), 1, Float64Array.from([5, 7]));
    expect(cache.lookup('p', idx(0, 1), 1)).toBeUndefined();
    expect([...(cache.lookup('p', idx(2, 0), 1) ?? [])]).toEqual([7, 5]);
    cache.store('p', idx(1, 3), 1, Float64Array.from([1, 2]));
    expect([...(cache.lookup('p', idx(0, 1, 2, 3), 1) ?? [])]).toEqual([5, 1, 7, 2]);
  });

  it('keeps one error per output of each case', () => {
    const cache = new ErrorCache(4, 10);
    cache.store('p', idx(1), 2, Float64Array.from([3, 4]));
    expect([...(cache.lookup('p', idx(1), 2) ?? [])]).toEqual([3, 4]);
  });

  it('holds at most its capacity, evicting the least recently used program', () => {
    const cache = new ErrorCache(1, 2);
    cache.store('a', idx(0), 1, Float64Array.from([1]));
    cache.store('b', idx(0), 1, Float64Array.from([2]));
    cache.lookup('a', idx(0), 1);
    cache.store('c', idx(0), 1, Float64Array.from([3]));
    expect(cache.size).toBe(2);
    expect(cache.lookup('b', idx(0), 1)).toBeUndefined();
    expect(cache.lookup('a', idx(0), 1)?.[0]).toBe(1);
  });
});
