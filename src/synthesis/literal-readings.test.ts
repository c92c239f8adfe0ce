import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { literalReadings, parameterListReadings } from './literal-readings.js';
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

describe('number parameters read as one list', () => {
  const three = (type: GpType): GpContext => new GpContext({ params: ['a', 'b', 'c'].map((name) => ({ name, type })), returns: [type], train: [], test: [] });

  it('reads the parameters of one number type together, and nothing where fewer than two share one', () => {
    const [list] = parameterListReadings(three('int'));
    expect(list.tuples({ inputs: [4, -1, 9], outputs: [] })).toEqual([[4], [-1], [9]]);
    const lone = new GpContext({ params: [{ name: 'n', type: 'int' }, { name: 'x', type: 'float' }], returns: ['float'], train: [], test: [] });
    expect(parameterListReadings(lone)).toEqual([]);
  });

  it("finds a right triangle's hypotenuse to the cent, and the mean of three numbers, on unseen larger ones", () => {
    const hypotenuse = (a: number, b: number): number => Math.round(Math.hypot(a, b) * 100) / 100;
    const legs = (wide: boolean): number[] => [1 + rng.int(wide ? 5000 : 50), 1 + rng.int(wide ? 5000 : 50)];
    const params = [{ name: 'a', type: 'int' as const }, { name: 'b', type: 'int' as const }];
    const train = Array.from({ length: 40 }, () => legs(false));
    expect(aggregateGeneralises({ params, returns: 'float', f: hypotenuse }, train, Array.from({ length: 40 }, () => legs(true)), 3_000_000)).toBe(true);
    const mean = (a: number, b: number, c: number): number => (a + b + c) / 3;
    const floats = (wide: boolean): number[] => Array.from({ length: 3 }, () => rng.range(-100, 100) * (wide ? 37 : 1) / 4);
    const abc = ['a', 'b', 'c'].map((name) => ({ name, type: 'float' as const }));
    expect(aggregateGeneralises({ params: abc, returns: 'float', f: mean }, Array.from({ length: 40 }, () => floats(false)), Array.from({ length: 40 }, () => floats(true)), 3_000_000)).toBe(true);
  });
});

