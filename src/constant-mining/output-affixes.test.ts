import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { addedPieces, outputAffixes, printedBeside, printedOutput } from './output-affixes.js';

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

const cases = (outputs: unknown[]): ExampleCase[] => outputs.map((o, i) => ({ inputs: [i], outputs: [o] }));

describe('printedOutput', () => {
  it('finds the fixed texts around a number, short of a digit they share by chance', () => {
    const printed = printedOutput(cases(['Total: 12 items', 'Total: 15 items', 'Total: 1 items', 'Total: -3 items']), ['int', 'string']);
    expect(printed).toEqual({ prefix: 'Total: ', suffix: ' items', type: 'int', parts: [12, 15, 1, -3] });
    // Every count starts with 1: the prefix still ends before it.
    expect(printedOutput(cases(['n=10', 'n=12', 'n=19']), ['int', 'string'])).toMatchObject({ prefix: 'n=', parts: [10, 12, 19] });
    // A full stop after the number is a fixed text, not part of it.
    expect(printedOutput(cases(['It is 3.', 'It is 12.', 'It is 0.']), ['int', 'string'])).toMatchObject({ prefix: 'It is ', suffix: '.', type: 'int', parts: [3, 12, 0] });
  });

  it('reads one fixed character around a number (a percent sign, a currency), but not around text', () => {
    expect(printedOutput(cases(['25%', '100%', '0%', '7%']), ['int', 'string'])).toEqual({ prefix: '', suffix: '%', type: 'int', parts: [25, 100, 0, 7] });
    expect(printedOutput(cases(['$3', '$12', '$0']), ['int', 'string'])).toMatchObject({ prefix: '$', parts: [3, 12, 0] });
    expect(printedOutput(cases(['cat!', 'dog!', 'mouse!']), ['int', 'string'])).toBeUndefined();
  });

  it('reads decimals only where the problem has them, and text otherwise', () => {
    const outs = ['Price 1.5 EUR', 'Price 2 EUR', 'Price 0.25 EUR'];
    expect(printedOutput(cases(outs), ['float', 'string'])).toMatchObject({ type: 'float', parts: [1.5, 2, 0.25] });
    expect(printedOutput(cases(outs), ['int', 'string'])).toMatchObject({ type: 'string', parts: ['1.5', '2', '0.25'] });
    // "007" is no integer as String prints one.
    expect(printedOutput(cases(['<007>', '<12>']), ['int', 'string'])).toMatchObject({ type: 'string', parts: ['007', '12'] });
    expect(printedOutput(cases(['Hello, Ann!', 'Hello, Bob!']), ['string'])).toMatchObject({ prefix: 'Hello, ', suffix: '!', parts: ['Ann', 'Bob'] });
    // "-0" is no integer as String prints one; half a character is no fixed text.
    expect(printedOutput(cases(['x -0 y', 'x 5 y']), ['int', 'string'])).toMatchObject({ type: 'string' });
    expect(printedOutput(cases(['Mood: 😀', 'Mood: 😃']), ['string'])).toMatchObject({ prefix: 'Mood: ', parts: ['😀', '😃'] });
  });

  it('finds nothing without a fixed text, or where nothing changes', () => {
    expect(printedOutput(cases(['5', '7']), ['int', 'string'])).toBeUndefined();
    expect(printedOutput(cases(['apple', 'banana']), ['string'])).toBeUndefined();
    expect(printedOutput(cases(['same', 'same']), ['string'])).toBeUndefined();
    expect(printedOutput(cases([3, 4]), ['int'])).toBeUndefined();
  });
});

describe('printed results beside fixed answers', () => {
  const lengths = [0, 12, 150, 33, 7, 141, 90, 5, 200, 64, 18, 140, 2, 77];
  const tweet = (n: number): string => (n > 140 ? 'Too many characters' : n === 0 ? "You didn't type anything" : `Your tweet has ${n} characters`);
  const cases = lengths.map((n) => ({ inputs: ['x'.repeat(n)], outputs: [tweet(n)] }));

  it('reads the texts around most outputs, the fixed answers apart', () => {
    expect(outputAffixes(cases, ['string'])).toEqual(expect.arrayContaining(['Your tweet has ', ' characters']));
    const beside = printedBeside(cases, ['string', 'int']);
    expect(beside).toMatchObject({ printed: { prefix: 'Your tweet has ', suffix: ' characters', type: 'int' }, answers: ['You didn\'t type anything', 'Too many characters'] });
    expect(beside!.printed.parts).toEqual(lengths.filter((n) => n > 0 && n <= 140));
  });

  it('reads a result printed in a quarter of the cases, and printed results that recur', () => {
    const scores = [12, 80, 30, 45, 51, 9, 77, 80, 33, 20, 80, 60, 5, 48, 44, 90];
    const result = (n: number): string => (n < 50 ? 'Fail' : `Pass with ${n} points`);
    const beside = printedBeside(scores.map((n) => ({ inputs: [n], outputs: [result(n)] })), ['int', 'string']);
    expect(beside).toMatchObject({ printed: { prefix: 'Pass with ', suffix: ' points', parts: [80, 51, 77, 80, 80, 60, 90] }, answers: ['Fail'] });
  });

  it('reads nothing where every output prints between the same texts, or most outputs share no texts', () => {
    expect(printedBeside(lengths.map((n) => ({ inputs: [n], outputs: [`n is ${n}`] })), ['int', 'string'])).toBeUndefined();
    const words = ['apple', 'kiwi', 'plum', 'fig', 'lime', 'pear', 'date', 'yuzu', 'sloe', 'cherry'];
    expect(printedBeside(words.map((w) => ({ inputs: [w], outputs: [w.toUpperCase()] })), ['string'])).toBeUndefined();
  });
});
