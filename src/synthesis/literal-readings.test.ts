import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { literalReadings } from './literal-readings.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(5);
const letters = 'abcdefghijklmnopqrstuvwxyz';
const text = (n: number): string => Array.from({ length: n }, () => (rng.chance(0.15) ? ' ' : letters[rng.int(26)])).join('');
/** Every letter shuffled among random text, in half the samples with one letter left out everywhere (lengths alike). */
function sample(long: boolean): string {
  const missing = rng.chance(0.5) ? letters[rng.int(26)] : '';
  const all = [...letters, ...text(rng.int(long ? 60 : 15))].sort(() => rng.next() - 0.5).join('');
  return missing ? all.split(missing).join('') : all;
}

function problem(goal: string, returns: GpType, f: (s: string) => unknown): GpProblem {
  const train = Array.from({ length: 40 }, () => sample(false)).map((s) => ({ inputs: [s], outputs: [f(s)] }));
  return { goal, params: [{ name: 's', type: 'string' }], returns: [returns], train, test: [] };
}

describe('the characters of a set the goal names', () => {
  it('reads a named set of distinct letters or digits as a loop over the literal, for yes-or-no answers and counts only', () => {
    const pangram = new GpContext(problem('Whether a sentence uses every letter of the alphabet.', 'boolean', () => true));
    const [alphabet] = literalReadings(pangram);
    expect(alphabet.tuples({ inputs: ['x'], outputs: [] })).toEqual([...letters].map((c) => [c]));
    expect(literalReadings(new GpContext(problem('Return the sentence without the letters of the alphabet.', 'string', () => '')))).toEqual([]);
    expect(literalReadings(new GpContext(problem('Whether a sentence has two spaces.', 'boolean', () => true)))).toEqual([]);
    // Punctuation named in words is a set too, from two marks on.
    const [marks] = literalReadings(new GpContext(problem('Whether a sentence holds a comma or a colon.', 'boolean', () => true)));
    expect(marks.tuples({ inputs: ['x'], outputs: [] })).toEqual([[','], [':']]);
  });

  it('finds that a sentence uses every letter a to z, and generalises to longer unseen sentences', () => {
    const f = (s: string): boolean => [...letters].every((c) => s.includes(c));
    const goal = 'Return whether a lower-case sentence uses every letter from a to z at least once.';
    const [train, unseen] = [Array.from({ length: 40 }, () => [sample(false)]), Array.from({ length: 50 }, () => [sample(true)])];
    expect(aggregateGeneralises({ goal, params: [{ name: 's', type: 'string' }], returns: 'boolean', f }, train, unseen, 1_800_000)).toBe(true);
  });
});
