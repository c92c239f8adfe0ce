import { describe, expect, it } from 'vitest';
import { boundedLevenshtein } from './bounded-levenshtein.js';

// The textbook full table, as the reference.
function exact(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) current[j] = Math.min(previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    previous = current;
  }
  return previous[t.length];
}

function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => 'abc😀'[Math.floor(random() * 4)]).join('');
}

function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('boundedLevenshtein', () => {
  it('is exact when the full table fits', () => {
    expect(boundedLevenshtein('kitten', 'sitting')).toBe(3);
    expect(boundedLevenshtein('', 'abc')).toBe(3);
    expect(boundedLevenshtein('😀x', '😀y')).toBe(1);
    const random = lcg(7);
    for (let round = 0; round < 300; round++) {
      const a = randomText(random, Math.floor(random() * 30));
      const b = randomText(random, Math.floor(random() * 30));
      expect(boundedLevenshtein(a, b)).toBe(exact(a, b));
    }
  });

  it('with a small band is exact for close strings and otherwise returns the longer length, never less than the distance', () => {
    const random = lcg(11);
    for (let round = 0; round < 300; round++) {
      const a = randomText(random, 20 + Math.floor(random() * 40));
      const b = random() < 0.5 ? a.slice(0, -2) + 'ab' : randomText(random, 20 + Math.floor(random() * 40));
      const truth = exact(a, b);
      const bounded = boundedLevenshtein(a, b, 200);
      const longer = Math.max(Array.from(a).length, Array.from(b).length);
      expect([truth, longer]).toContain(bounded);
      expect(bounded).toBeGreaterThanOrEqual(truth);
    }
    expect(boundedLevenshtein('abcdefghij'.repeat(10), `${'abcdefghij'.repeat(10)}x`, 600)).toBe(1);
  });

  it('stays fast on long strings', () => {
    const long = 'ab'.repeat(100_000);
    const started = performance.now();
    expect(boundedLevenshtein(long, `${long}c`)).toBe(1);
    expect(boundedLevenshtein(long, 'b'.repeat(200_000))).toBe(200_000);
    expect(boundedLevenshtein('Fizz', 'y'.repeat(999_000))).toBe(999_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
