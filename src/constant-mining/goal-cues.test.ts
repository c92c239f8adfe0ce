import { describe, expect, it } from 'vitest';
import { goalCues, goalTypes } from './goal-cues.js';

describe('goal cues', () => {
  it('cue a loop until a condition only where the goal asks for one', () => {
    expect(goalCues('Iterate over the list and remove repeated letters.')).toEqual(new Set());
    expect(goalCues('Count how many times the character c occurs in s.')).toEqual(new Set());
    expect(goalCues('How many times can you halve n before it is odd?')).toEqual(new Set(['iteration']));
    expect(goalCues('Add 5% each year till it reaches the target.')).toEqual(new Set(['iteration']));
    // A quantity made from the previous one, and a count of rounds past a threshold, ask for the loop too.
    expect(goalCues('Each bounce reaches 60% of the height of the previous one.')).toEqual(new Set(['iteration']));
    expect(goalCues('Return how many bounces reach 1 metre or higher.')).toEqual(new Set(['iteration']));
    // Neighbours compared, a count of items, or "each time" meaning "whenever", do not.
    expect(goalCues('Return the longest run of days each warmer than the day before.')).toEqual(new Set());
    expect(goalCues('Return the difference of each element from the previous one.')).toEqual(new Set());
    expect(goalCues('Return how many words are longer than 3 letters.')).toEqual(new Set());
    expect(goalCues('Return how many elements remain after removing the negatives.')).toEqual(new Set());
    expect(goalCues('Add 1 each time a letter is uppercase.')).toEqual(new Set());
  });

  it('asks for a text where a number is written in a base, and for decimals where a root or a mean is asked (not a rounding)', () => {
    expect(goalTypes('Return how many binary digits a positive integer has.')).toEqual(['string']);
    expect(goalTypes('Write n in base 16.')).toEqual(['string']);
    expect(goalTypes('Tell whether a non-negative integer is a perfect square.')).toEqual(['float']);
    expect(goalTypes('Return the integer midpoint of a and b, rounded down.')).toEqual([]);
    expect(goalTypes('Return the average of the scores.')).toEqual(['float']);
    expect(goalTypes('Return the sum of the squares of a list.')).toEqual([]);
    expect(goalTypes('Return the base price plus tax.')).toEqual([]);
    expect(goalTypes('Find x in a sorted list by binary search; stop at the base case.')).toEqual([]);
    expect(goalTypes('Return the arithmetic mean of two numbers.')).toEqual(['float']);
    expect(goalTypes(undefined)).toEqual([]);
  });
});
