import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { separatorsOf } from './joined-aggregates.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(7);

const list = (large: boolean): number[] => Array.from({ length: rng.int(large ? 40 : 8) }, () => rng.range(-30, 30));

/** Finds an aggregate for a list's text on 40 short lists and runs it on 50 longer unseen ones, against `f`. */
function generalises(f: (xs: number[]) => string, budget: number): boolean {
  const train = Array.from({ length: 40 }, () => [list(false)]);
  const unseen = Array.from({ length: 50 }, () => [list(true)]);
  return aggregateGeneralises({ params: [{ name: 'xs', type: 'int[]' }], returns: 'string', f }, train, unseen, budget);
}


describe('items joined by a separator the outputs hold', () => {
  it('reads the separators from the outputs: runs of neither letters nor digits in a quarter of them, most frequent first', () => {
    expect(separatorsOf(['1, 2, 3', '4', '5, 6', 'x, y'])).toEqual([', ']);
    expect(separatorsOf(['a\nb', 'c\nd\ne', '', 'f - g', 'g - h', 'i'])).toEqual(['\n', ' - ']);
    expect(separatorsOf(['a\nb', 'c\nd', 'e - f', 'g', 'h', 'i', 'j', 'k'])).toEqual(['\n']);
    expect(separatorsOf(['abc', 'def', 42])).toEqual([]);
    // A sign that starts a number after the separator is the number's: every item negative still reads ", ".
    expect(separatorsOf(['1, -2', '-3, -4', '5, -6'])).toEqual([', ', '-']);
    expect(separatorsOf(['a -> b', 'c -> d -> e', 'f'])).toEqual([' -> ']);
  });

  it('joins one text per element (each number doubled, comma-separated) and generalises to longer lists', () => {
    const f = (xs: number[]): string => xs.map((x) => String(2 * x)).join(',');
    expect(generalises(f, 1_000_000)).toBe(true);
  });

  it('joins the elements a condition keeps (the positive numbers, one per line)', () => {
    const f = (xs: number[]): string => xs.filter((x) => x > 0).join('\n');
    expect(generalises(f, 1_000_000)).toBe(true);
  });
});
