import { describe, expect, it } from 'vitest';
import { aggregateSeed } from './aggregate-seed.js';
import { separatorsOf } from './joined-aggregates.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(7);

/** Finds an aggregate on 40 small cases and runs it on 50 larger unseen ones, against `f`. */
function generalises(params: { name: string; type: GpType }[], f: (...a: never[]) => string, draw: (large: boolean) => unknown[], budget: number): boolean {
  const run = (args: unknown[]): string => (f as (...a: unknown[]) => string)(...args);
  const train = Array.from({ length: 40 }, () => draw(false)).map((inputs) => ({ inputs, outputs: [run(inputs)] }));
  const p: GpProblem = { params, returns: ['string'], train, test: [] };
  const ctx = new GpContext(p);
  const { node } = aggregateSeed(ctx, buildTable(), p.train, budget);
  if (!node) return false;
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0]!;
  return Array.from({ length: 50 }, () => draw(true)).every((args) => {
    table.resetSteps(1e7);
    return fn(...args) === run(args);
  });
}

const list = (large: boolean): number[] => Array.from({ length: rng.int(large ? 40 : 8) }, () => rng.range(-30, 30));

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
    expect(generalises([{ name: 'xs', type: 'int[]' }], f, (large) => [list(large)], 1_000_000)).toBe(true);
  });

  it('joins the elements a condition keeps (the positive numbers, one per line)', () => {
    const f = (xs: number[]): string => xs.filter((x) => x > 0).join('\n');
    expect(generalises([{ name: 'xs', type: 'int[]' }], f, (large) => [list(large)], 1_000_000)).toBe(true);
  });
});
