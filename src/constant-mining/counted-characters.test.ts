import { describe, expect, it } from 'vitest';
import { countedCharacters } from './counted-characters.js';
import { Rng } from '../util/rng.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 !?.';

function texts(seed: number, n: number): string[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => Array.from({ length: rng.int(15) }, () => rng.pick([...ALPHABET])).join(''));
}

const countOf = (text: string, set: string): number => [...text].filter((c) => set.includes(c)).length;

describe('countedCharacters', () => {
  it('finds the characters an integer output counts', () => {
    const train = texts(1, 60).map((t) => ({ inputs: [t], outputs: [countOf(t, 'aeiou')] }));
    expect(countedCharacters(train, ['int'])).toEqual(['aeiou']);
  });

  it('reads the count a string output prints, beside other inputs', () => {
    const train = texts(2, 60).map((t, i) => ({ inputs: [i, t], outputs: [`found ${countOf(t, '!?.')} marks`] }));
    expect(countedCharacters(train, ['string'])).toEqual(['!.?']);
  });

  it('offers nothing for a length, a count of most characters, or outputs that state no count', () => {
    const all = texts(3, 60);
    expect(countedCharacters(all.map((t) => ({ inputs: [t], outputs: [t.length] })), ['int'])).toEqual([]);
    expect(countedCharacters(all.map((t) => ({ inputs: [t], outputs: [countOf(t, ALPHABET.slice(1))] })), ['int'])).toEqual([]);
    expect(countedCharacters(all.map((t) => ({ inputs: [t], outputs: [t.toUpperCase()] })), ['string'])).toEqual([]);
    expect(countedCharacters(all.map((t) => ({ inputs: [t], outputs: [t.length % 7] })), ['int'])).toEqual([]);
  });

  it('needs ten cases or more', () => {
    const train = texts(4, 9).map((t) => ({ inputs: [t], outputs: [countOf(t, 'xyz')] }));
    expect(countedCharacters(train, ['int'])).toEqual([]);
  });
});
