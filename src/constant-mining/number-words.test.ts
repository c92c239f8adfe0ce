import { describe, expect, it } from 'vitest';
import { CARDINALS, NUMBER_WORDS, writtenNumbers } from './number-words.js';

describe('writtenNumbers', () => {
  it('finds integers, decimals and negatives with where they stand', () => {
    const text = 'Add 8, subtract -2.5 and keep 1000.';
    expect(writtenNumbers(text)).toEqual([
      { value: 8, start: 4, end: 5 },
      { value: -2.5, start: 16, end: 20 },
      { value: 1000, start: 30, end: 34 },
    ]);
    expect(text.slice(16, 20)).toBe('-2.5');
  });

  it('skips digits inside words and names, and numbers beyond a billion', () => {
    expect(writtenNumbers('Use x2 on the 2nd line of h264 video; 5000000000 is too many.')).toEqual([]);
  });
});

describe('number words', () => {
  it('counts in words and names multiples and bases', () => {
    expect(CARDINALS.twelve).toBe(12);
    expect(CARDINALS.twice).toBeUndefined();
    expect(NUMBER_WORDS.twice).toBe(2);
    expect(NUMBER_WORDS.hexadecimal).toBe(16);
    expect(NUMBER_WORDS.twelve).toBe(12);
  });
});
