import { describe, expect, it } from 'vitest';
import { addedPieces, outputAffixes } from './output-affixes.js';

describe('outputAffixes', () => {
  it('takes the text every printed output starts and ends with', () => {
    const train = ['A', 'B', 'F', 'C'].map((g, i) => ({ inputs: [i], outputs: [`Student has a ${g} grade.`] }));
    expect(outputAffixes(train, ['string'])).toEqual(['Student has a ', ' grade.']);
  });

  it('ignores empty outputs, short affixes, identical outputs and non-string outputs', () => {
    const counts = [0, 3, 12, 5].map((n) => ({ inputs: [''], outputs: [n === 0 ? '' : `is ${n}`, n] }));
    expect(outputAffixes(counts, ['string', 'int'])).toEqual(['is ']);
    const short = ['ab', 'ac', 'ad'].map((s) => ({ inputs: [s], outputs: [s] }));
    expect(outputAffixes(short, ['string'])).toEqual([]);
    const same = [1, 2, 3].map((n) => ({ inputs: [n], outputs: ['done'] }));
    expect(outputAffixes(same, ['string'])).toEqual([]);
  });

  it('needs half the cases to print something', () => {
    const sparse = ['', '', '', 'x = 1'].map((s) => ({ inputs: [s], outputs: [s] }));
    expect(outputAffixes(sparse, ['string'])).toEqual([]);
  });

  it('finds the text outputs add around an input they hold, a run of one character as that character', () => {
    const padded = [42, 7, 123, 99_999, 15, 123_456].map((n) => ({ inputs: [n], outputs: [String(n).padStart(5, '0')] }));
    expect(addedPieces(padded, ['string'], 2)).toEqual(['0']);
    const wrapped = ['ab', 'cde', 'fg'].map((s) => ({ inputs: [s, 3], outputs: [`[${s}]!`, 1] }));
    expect(addedPieces(wrapped, ['string', 'int'], 3)).toEqual(['[', ']!']);
    // An output that is its input, or holds no input, adds nothing; nor do one-letter inputs found by chance.
    const same = ['ab', 'cd', 'x'].map((s) => ({ inputs: [s], outputs: [s === 'x' ? 'xyz' : s] }));
    expect(addedPieces(same, ['string'], 1)).toEqual([]);
  });
});
