import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';
import { choiceSeed } from './choice-seed.js';

const problem = (param: GpType, ret: GpType, rows: [unknown, unknown][]): GpProblem => ({
  goal: 'Pick one.',
  params: [{ name: 'xs', type: param }],
  returns: [ret],
  train: rows.map(([x, out]): ExampleCase => ({ inputs: [x], outputs: [out] })),
  test: [],
});

/** The item whose measure is greatest, the first such or the last. */
function best<T>(items: T[], measure: (x: T) => number, last = false): T {
  let at = 0;
  items.forEach((x, i) => {
    if (measure(x) > measure(items[at]) || (last && measure(x) === measure(items[at]))) at = i;
  });
  return items[at];
}

const rng = new Rng(9);
const numbers = (n: number): number[][] => Array.from({ length: n }, () => Array.from({ length: rng.range(1, 9) }, () => rng.range(0, 999)));
const word = (): string => Array.from({ length: rng.range(1, 7) }, () => 'abcdefgh'[rng.int(8)]).join('');
const sentences = (n: number): string[] => Array.from({ length: n }, () => Array.from({ length: rng.range(1, 7) }, word).join(' '));

/** The compiled program of what the seed found, run on fresh inputs against the rule. */
function expectRule(ctx: GpContext, found: ReturnType<typeof choiceSeed>, inputs: unknown[], rule: (x: never) => unknown): void {
  expect(found.individual).toBeDefined();
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, found.individual!)], table)[0]!;
  for (const x of inputs) {
    table.resetSteps(1e7);
    expect(fn(x)).toEqual(rule(x as never));
  }
}

describe('choiceSeed', () => {
  it('picks the first number whose last digit is smallest, and the program picks so on unseen lists', () => {
    const rule = (xs: number[]): number => best(xs, (x) => -(x % 10));
    const ctx = new GpContext(problem('int[]', 'int', numbers(40).map((xs) => [xs, rule(xs)])));
    const found = choiceSeed(ctx, buildTable(), ctx.problem.train, 30_000);
    expect(found.executions).toBeGreaterThan(0);
    expectRule(ctx, found, [...numbers(30), Array.from({ length: 50 }, (_, i) => (i * 37) % 1000)], rule);
  });

  it('picks the last longest word of a text', () => {
    const rule = (s: string): string => best(s.split(' '), (w) => w.length, true);
    const ctx = new GpContext(problem('string', 'string', sentences(40).map((s) => [s, rule(s)])));
    expectRule(ctx, choiceSeed(ctx, buildTable(), ctx.problem.train, 30_000), [...sentences(30), 'ab cd ef gh ij kl mn op qr'], rule);
  });

  it('picks the first digit of a text, and none where the text has no digit', () => {
    const rule = (s: string): string => [...s].find((c) => c >= '0' && c <= '9') ?? '';
    const texts = Array.from({ length: 40 }, () => Array.from({ length: rng.range(0, 8) }, () => 'ab1c2d9e'[rng.int(8)]).join(''));
    const ctx = new GpContext(problem('string', 'string', texts.map((s) => [s, rule(s)])));
    expectRule(ctx, choiceSeed(ctx, buildTable(), ctx.problem.train, 30_000), ['', 'xyz', 'x7y8', '5', 'abcdefgh3'], rule);
  });

  it('gives the place of the chosen item where the goal asks for an index', () => {
    const rule = (s: string): number => s.split(' ').indexOf(best(s.split(' '), (w) => -w.length));
    const ctx = new GpContext({ ...problem('string', 'int', sentences(40).map((s) => [s, rule(s)])), goal: 'The index of the shortest word.' });
    expectRule(ctx, choiceSeed(ctx, buildTable(), ctx.problem.train, 30_000), [...sentences(30), 'abcdefg abcdef abcde abcd abc ab a'], rule);
  });

  it('seeds nothing where the output is no item of a collection', () => {
    const ctx = new GpContext(problem('int[]', 'int', numbers(12).map((xs) => [xs, xs.length + 1000])));
    expect(choiceSeed(ctx, buildTable(), ctx.problem.train, 30_000)).toEqual({ executions: 0 });
  });
});
