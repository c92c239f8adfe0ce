import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash.js';

describe('textHash', () => {
  it('is stable, integral and within 53 bits', () => {
    expect(textHash('a')).toBe(textHash('a'));
    for (const t of ['', 'a', 'int:[1,2,3]', 'x'.repeat(10_000)]) {
      const h = textHash(t);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
    }
  });
  it('tells apart texts that differ in one character, in order, or by seed', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(textHash(`int:[${i},${i + 1}]`));
    expect(seen.size).toBe(100_000);
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(textHash('ab', 1)).not.toBe(textHash('ab', 2));
  });
});
