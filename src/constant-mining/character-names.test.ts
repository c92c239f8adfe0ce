import { describe, expect, it } from 'vitest';
import { characterNames } from './character-names.js';
import { goalConstants } from './goal-constants.js';

describe('characters named in words', () => {
  it('reads the punctuation a goal names, in its order, and the set of them together', () => {
    expect(characterNames('Tell whether a sentence ends with a full stop, an exclamation mark or a question mark.')).toEqual(['.!?', '.', '!', '?']);
    expect(characterNames('Replace every hyphen with an underscore.')).toEqual(['-_', '-', '_']);
    expect(characterNames('Count the commas in a line.')).toEqual([',']);
    expect(characterNames('Split at semicolons and colons.')).toEqual([';:', ';', ':']);
    expect(characterNames('Split a path at each slash, not a backslash.')).toEqual(['/\\', '/', '\\']);
  });

  it('reads no character where the words mean something else', () => {
    expect(characterNames('Return the dot product of two vectors over a period of ten days.')).toEqual([]);
    expect(characterNames('Count the words of a sentence.')).toEqual([]);
    expect(characterNames('Return the interest per period and the orbital period; build a hash of the string.')).toEqual([]);
    expect(characterNames('Replace each back slash with a hash sign.')).toEqual(['\\#', '\\', '#']);
  });

  it('gives the goal constants the named set', () => {
    expect(goalConstants('Keep the text up to the first question mark or full stop.').strings).toEqual(expect.arrayContaining(['?.', '?', '.']));
  });
});
