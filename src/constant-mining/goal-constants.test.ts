import { describe, expect, it } from 'vitest';
import { goalConstants } from './goal-constants.js';
import { mineConstants } from './mine-constants.js';

describe('goalConstants', () => {
  it('turns a listed set of characters into the joined string, its upper case and each character', () => {
    const c = goalConstants('Count the vowels (a, e, i, o, u) in a string, in either case.');
    expect(c.strings).toEqual(expect.arrayContaining(['aeiou', 'AEIOU', 'aeiouAEIOU', 'a', 'e', 'i', 'o', 'u']));
  });

  it('reads lists joined by "or" and quoted characters', () => {
    expect(goalConstants("Remove every 'x', 'y' or 'z' from the text.").strings).toContain('xyz');
    expect(goalConstants('Keep only the letters a, b and c.').strings).toContain('abc');
  });

  it('takes quoted words and numbers, written or spelled out', () => {
    const c = goalConstants('Print "Fizz" for multiples of 3 and “Buzz” for multiples of five; scale by 2.5.');
    expect(c.strings).toEqual(expect.arrayContaining(['Fizz', 'Buzz']));
    expect(c.ints).toEqual(expect.arrayContaining([3, 5]));
    expect(c.floats).toContain(2.5);
    expect(c.ints).not.toContain(2.5);
  });

  it('reads a percentage as its rate too, and only a percentage', () => {
    expect(goalConstants('Add 8% sales tax, then take 12.5 percent off.').floats).toEqual(expect.arrayContaining([8, 0.08, 12.5, 0.125]));
    expect(goalConstants('Give a 20 per cent discount').floats).toEqual(expect.arrayContaining([0.2, 0.8, 1.2]));
    expect(goalConstants('Add 7% tax').floats).toEqual(expect.arrayContaining([0.07, 1.07, 0.93]));
    expect(goalConstants('Multiply by 8, then percentages are not involved.').floats).not.toContain(0.08);
  });

  it('reads mixed numbers and quarters spelled out', () => {
    expect(goalConstants('Hours over 40 are paid at one and a half times the rate.').floats).toEqual(expect.arrayContaining([40, 1.5, 0.5]));
    expect(goalConstants('It takes 2 and a half hours.').floats).toContain(2.5);
    expect(goalConstants('Keep three quarters of it.').floats).toEqual(expect.arrayContaining([0.75, 0.25]));
    expect(goalConstants('Pay one and a quarter as much.').floats).not.toContain(1.5);
  });

  it('takes no numbers from a worked example, only from the rule', () => {
    const c = goalConstants('Return the percentage change, rounded to one decimal place. For example, from 50 to 60 is 20 and from 80 to 60 is -25.');
    for (const n of [50, 60, 20, 80, -25]) expect([...c.ints, ...c.floats]).not.toContain(n);
    expect(c.floats).toEqual(expect.arrayContaining([1, 100, 0.01]));
    const d = goalConstants('Write an amount with exactly 2 decimals (e.g. 12.5 becomes "$12.50"), and add 3.5 to it.');
    expect(d.floats).toEqual(expect.arrayContaining([2, 3.5]));
    expect(d.floats).not.toContain(12.5);
    expect(d.strings).toContain('$12.50');
    // An example ends its line, keeps its own brackets, and may be introduced by "Example:".
    const e = goalConstants('Return the square (for example f(3) is 9) plus 7.\nAdd 4 when x is odd.');
    expect(e.ints).toEqual(expect.arrayContaining([7, 4]));
    expect(e.ints).not.toContain(9);
    const f = goalConstants('Add 11 to n. Example: 5 gives 16.\nExamples:\n  1 -> 12\n  2 -> 13\n\nThen double it.');
    expect(f.ints).toEqual(expect.arrayContaining([11, 2]));
    for (const n of [5, 16, 1, 12, 13]) expect(f.ints).not.toContain(n);
  });

  it('scales by a hundred where the goal is about a percentage, none named', () => {
    const c = goalConstants('Apply a discount of the given percent to a price.');
    expect(c.floats).toEqual(expect.arrayContaining([100, 0.01]));
    expect(c.ints).toContain(100);
    expect(goalConstants('Apply the given discount to a price.').floats).not.toContain(0.01);
    // `%` as the remainder operator is no percentage.
    expect(goalConstants('Return x % 2, or 10 % 3.').floats).not.toContain(0.01);
    expect(goalConstants('Return x % 2, or 10 % 3.').floats).not.toContain(0.1);
  });

  it('takes a letter standing alone as a character, and "a" only where it is no article', () => {
    expect(goalConstants('Shift each letter forward (z wraps to a); keep spaces.').strings).toEqual(expect.arrayContaining(['z', 'a']));
    expect(goalConstants('Replace every x by y in a string.').strings).toEqual(expect.arrayContaining(['x', 'y']));
    expect(goalConstants('Return n times x.', ['n', 'x']).strings).toEqual([]);
    // Abbreviations, list markers, function names and letters of words in other scripts are no characters.
    expect(goalConstants('Sort them, e.g. by size (i.e. length); see (b) and f(x) in the U.S. déjà vu.').strings).toEqual([]);
    expect(goalConstants('Return a list of the words; I mean all of them.').strings).toEqual([]);
  });

  it('spells out character ranges, those named together as one set, and reads no list from their ends', () => {
    const hex = goalConstants('A # followed by exactly 6 hex digits (0-9, a-f, upper or lower case).').strings;
    expect(hex).toEqual(expect.arrayContaining(['0123456789abcdef', '0123456789ABCDEF']));
    expect(hex).not.toContain('9a');
    expect(goalConstants('Only the letters A-E count.').strings).toContain('ABCDE');
    // Not a range: inside a word, between longer numbers, or backwards.
    for (const goal of ['Report COVID-19 cases.', 'Ages 10-20 only.', 'Grades z-a.', 'Return a - b.', 'A point of the x-y plane.']) {
      expect(goalConstants(goal).strings.filter((x) => x.length > 1), goal).toEqual([]);
    }
    // A list beside a range is read as before.
    expect(goalConstants('Count the letters a, b, c - d.').strings).toContain('abc');
    // Letters spelt as a range in words; not numbers ("1 to 10" counts) nor parameters ("from a to k").
    expect(goalConstants('Does the text use every letter from a to z?').strings).toContain('abcdefghijklmnopqrstuvwxyz');
    expect(goalConstants('Grades A through F.').strings).toContain('ABCDEF');
    expect(goalConstants("Keep the letters 'a' to 'e'.").strings).toContain('abcde');
    expect(goalConstants('Count from 1 to 10.').strings).toEqual([]);
    expect(goalConstants('Sum the numbers from a to k.', ['a', 'k']).strings.filter((x) => x.length > 1)).toEqual([]);
  });

  it('reads the alphabet as its letters', () => {
    expect(goalConstants('Whether a sentence uses each letter of the alphabet.').strings).toContain('abcdefghijklmnopqrstuvwxyz');
  });

  it('reads a number base named by its word as the radix', () => {
    expect(goalConstants('Write n in hexadecimal.').ints).toEqual([16]);
    expect(goalConstants('Parse a binary string; octal too.').ints).toEqual(expect.arrayContaining([2, 8]));
  });

  it('knows the characters of a class word when the goal does not list them, as one set rather than one by one', () => {
    const vowels = goalConstants('count the vowels of a string').strings;
    expect(vowels).toEqual(expect.arrayContaining(['aeiou', 'AEIOU', 'aeiouAEIOU']));
    expect(vowels).not.toContain('a');
    const digits = goalConstants('square each digit of n and join the squares', ['n']).strings;
    expect(digits).toEqual(['0123456789']);
  });

  it('does not read apostrophes or ordinary words as quotes or lists', () => {
    const c = goalConstants("Don't change the words, only their order.");
    expect(c.strings).toEqual([]);
  });

  it('finds nothing in an absent goal', () => {
    expect(goalConstants(undefined)).toEqual({ strings: [], ints: [], floats: [] });
  });
});

describe('mineConstants', () => {
  it('prefers goal literals and output text that no input contains', () => {
    const train = [
      { inputs: ['ab'], outputs: ['ab!!'] },
      { inputs: ['cd'], outputs: ['cd!!'] },
      { inputs: ['e'], outputs: ['e!!'] },
    ];
    const pools = mineConstants(train, ['string'], 'Add "!!" to the end (use 2 marks).');
    expect(pools.preferred.string).toEqual(expect.arrayContaining(['!!', '!']));
    expect(pools.preferred.int).toContain(2);
    expect(pools.string).toContain('!!');
  });

  it("does not prefer the digits of numeric inputs, which outputs spell with String(n)", () => {
    const train = [7, 15, 23, 30].map((n) => ({ inputs: [n], outputs: [n % 15 === 0 ? 'FizzBuzz' : String(n)] }));
    const pools = mineConstants(train, ['string'], undefined);
    expect(pools.preferred.string).toEqual(expect.arrayContaining(['B', 'F', 'i', 'u', 'z']));
    expect(pools.preferred.string).not.toContain('7');
  });

  it('offers the pieces that recur across structured inputs, and none of random text', () => {
    const exprs = ['t|f', 't&t|f', 'f&t', 'f|t&t', 't'].map((e) => ({ inputs: [e], outputs: [true] }));
    expect(mineConstants(exprs, ['boolean']).inputParts).toEqual(expect.arrayContaining(['|', '&', '&t', 't|']));
    const words = ['quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog'].map((w) => ({ inputs: [w], outputs: [w.length] }));
    expect(mineConstants(words, ['int']).inputParts).toEqual([]);
  });

  it('offers the line breaks that lay a third of the inputs out, and no one-word output seen once as a literal', () => {
    const texts = ['ab\ncd', 'x', 'p q\nr\ns', 'long line\nshort', 'one', 'a\nb'].map((t) => ({ inputs: [t], outputs: [t.split('\n').length] }));
    expect(mineConstants(texts, ['int']).inputParts).toContain('\n');
    // Each output is a deletion from its own input ("banana" less an "a"), each seen once: no literal to prefer.
    const removed = ['banana', 'abcab', 'cabbage', 'aa', 'bad'].map((t) => ({ inputs: [t, 'a'], outputs: [t.replace('a', '')] }));
    expect(mineConstants(removed, ['string']).preferred.string).not.toContain('bnana');
    const twice = [...removed, { inputs: ['bnaana', 'a'], outputs: ['bnana'] }];
    expect(mineConstants(twice, ['string']).preferred.string).toContain('bnana');
  });

  it('prefers a line break most outputs hold even when inputs hold it too, and templates around printed counts', () => {
    const lines = [['ab', 'c\nd'], ['x'], ['', 'yy', 'z'], ['p', 'q']].map((xs) => ({ inputs: [xs], outputs: [xs.map((x) => x.length).join('\n')] }));
    expect(mineConstants(lines, ['string']).preferred.string).toContain('\n');
    const words = ['one', 'two', 'three', 'four'].map((w) => ({ inputs: [w], outputs: [w.toUpperCase()] }));
    expect(mineConstants(words, ['string']).preferred.string).not.toContain('\n');
    const texts = ['hello', 'sky', 'queue', 'rhythm', 'aeiou', 'bcd', 'banana', 'tree', 'xyz', 'moon', 'a'];
    const counted = texts.map((t) => ({ inputs: [t], outputs: [`Vowels: ${[...t].filter((c) => 'aeiou'.includes(c)).length}`] }));
    const pools = mineConstants(counted, ['string']);
    expect(pools.preferred.string).toEqual(expect.arrayContaining(['Vowels: ', 'aeiou']));
    expect(pools.string).toEqual(expect.arrayContaining(['e', 'i', 'o', 'u']));
  });

  it('does not prefer letters or words that are a case change of the input text', () => {
    const sentences = ['red fox', 'blue sky', 'fox and dog', 'sky blue', 'old red dog', 'a cat'];
    const titled = sentences.map((t) => ({ inputs: [t], outputs: [t.replace(/\b\w/g, (c) => c.toUpperCase())] }));
    const pools = mineConstants(titled, ['string']);
    expect(pools.preferred.string).toEqual([]);
    expect(pools.string).not.toContain('F');
    // A single case-changed letter may be a literal ("x" in, "X" out): it stays in the pool.
    const marked = ['ax', 'bx', 'cab'].map((t) => ({ inputs: [t], outputs: [`${t}X`] }));
    expect(mineConstants(marked, ['string']).string).toContain('X');
  });

  it('does not prefer output words that are an input with its separators dropped (kebab-case to camelCase)', () => {
    const names = ['big-red-fox', 'sky-blue', 'big-red-fox', 'old-dog', 'sky-blue', 'a-cat'];
    const camel = names.map((t) => ({ inputs: [t], outputs: [t.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] }));
    expect(mineConstants(camel, ['string']).preferred.string).toEqual([]);
    // A word no input holds, even run together, is still a literal the output needs.
    const tagged = names.map((t) => ({ inputs: [t], outputs: [`${t}Suffix`] }));
    expect(mineConstants(tagged, ['string']).preferred.string).toContain('Suffix');
  });
});
