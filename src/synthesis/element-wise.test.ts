import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import { elementWise } from './element-wise.js';
import { partPairs, partReadings } from './part-readings.js';
import { enumerationSeeds } from './enumeration-seeds.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(5);
const word = (): string => Array.from({ length: 1 + rng.int(6) }, () => 'abcdefghijklmnopqrstuvwxyz'[rng.int(26)]).join('');
const sentence = (n: number): string => Array.from({ length: n }, word).join(' ');

function problem(type: GpType, returns: GpType, inputs: unknown[], f: (x: never) => unknown, goal?: string): GpProblem {
  return { goal, params: [{ name: 's', type }], returns: [returns], train: inputs.map((x) => ({ inputs: [x], outputs: [f(x as never)] })), test: [] };
}

/** Runs a program on inputs it was not found on. */
function run(ctx: GpContext, node: GpNode, inputs: unknown[]): unknown[] {
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0]!;
  return inputs.map((x) => {
    table.resetSteps(1e7);
    return fn(x);
  });
}

describe('element-wise deduction of loop bodies', () => {
  const texts = Array.from({ length: 20 }, (_, i) => sentence(1 + (i % 6)));
  const longer = Array.from({ length: 10 }, (_, i) => sentence(9 + i));

  it('solves a character map that needs a condition in its body, and the result generalises', () => {
    const vowelsUp = (s: string): string => s.replace(/[aeiou]/g, (c) => c.toUpperCase());
    const p = problem('string', 'string', texts, vowelsUp, 'Make every vowel (a, e, i, o, u) uppercase.');
    const ctx = new GpContext(p);
    const { node, executions } = elementWise(ctx, buildTable(), p.train, 150_000);
    expect(node).toBeDefined();
    expect(executions).toBeGreaterThan(0);
    expect(run(ctx, node!, longer)).toEqual(longer.map(vowelsUp));
  });

  it('reads words in and joins them with another separator, and reads arrays element by element', () => {
    const lengths = (s: string): string => s.split(' ').map((w) => String(w.length)).join(',');
    const p = problem('string', 'string', texts, lengths);
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    expect(node && printNode(ctx, node, true, new Set())).toMatch(/split\(" "\)[\s\S]*join\(","\)/);
    expect(run(ctx, node!, longer)).toEqual(longer.map(lengths));
    const lists = Array.from({ length: 12 }, (_, i) => Array.from({ length: i }, () => rng.int(41) - 20));
    const q = problem('int[]', 'int[]', lists, (xs: number[]) => xs.map((x) => x * x - 1));
    const qctx = new GpContext(q);
    const squares = elementWise(qctx, buildTable(), q.train, 150_000).node;
    expect(run(qctx, squares!, [[100, -7, 0]])).toEqual([[9999, 48, -1]]);
  });

  it('adds a part the first unified conditional missed, with candidates kept back for it', () => {
    // `z` wraps to `a` and spaces stay: a conditional fitted to the first 16 characters (no space among them) fails the
    // space, which must join the pairs for another round.
    const shift = (s: string): string => s.replace(/[a-z]/g, (c) => (c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1)));
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const p = problem('string', 'string', [letters, ...texts], shift, 'Shift each lowercase letter forward (z wraps to a).');
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    expect(run(ctx, node!, ['zebra crossing', ...longer])).toEqual(['zebra crossing', ...longer].map(shift));
  });

  it('keeps the parts a condition holds for: words of a sentence, elements of an array', () => {
    const long = (s: string): string => s.split(' ').filter((w) => w.length > 3).join(' ');
    const p = problem('string', 'string', texts, long);
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    expect(node && printNode(ctx, node, true, new Set())).toMatch(/filter/);
    expect(run(ctx, node!, longer)).toEqual(longer.map(long));
    const lists = Array.from({ length: 12 }, (_, i) => Array.from({ length: i }, () => rng.int(41) - 20));
    const q = problem('int[]', 'int[]', lists, (xs: number[]) => xs.filter((x) => x % 3 === 0), 'Keep the multiples of 3.');
    const qctx = new GpContext(q);
    const thirds = elementWise(qctx, buildTable(), q.train, 150_000).node;
    expect(run(qctx, thirds!, [[300, 301, -9, 0, 7]])).toEqual([[300, -9, 0]]);
  });

  it('reads an empty text as the loop does: one empty piece in, and for a filter nothing kept out', () => {
    const withEmpty = ['', ...texts];
    const shout = (s: string): string => s.split(' ').map((w) => String(w.length)).join(',');
    const p = problem('string', 'string', withEmpty, shout);
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    // The empty sentence's one empty word has length 0: it is a part pair like any other.
    expect(run(ctx, node!, ['', ...longer])).toEqual(['', ...longer].map(shout));
    const long = (s: string): string => s.split(' ').filter((w) => w.length > 3).join(' ');
    const q = problem('string', 'string', withEmpty, long, 'Keep the words longer than 3 letters.');
    const qctx = new GpContext(q);
    const kept = elementWise(qctx, buildTable(), q.train, 150_000).node;
    expect(run(qctx, kept!, ['', ...longer])).toEqual(['', ...longer].map(long));
  });

  it('refuses what is not a map: parts that depend on their neighbours, counts that differ, one part giving two outputs', () => {
    const sums = Array.from({ length: 12 }, (_, i) => Array.from({ length: i + 1 }, (_, j) => j - 3));
    const running = problem('int[]', 'int[]', sums, (xs: number[]) => xs.map((_, i) => xs.slice(0, i + 1).reduce((a, b) => a + b, 0)));
    expect(elementWise(new GpContext(running), buildTable(), running.train, 150_000).node).toBeUndefined();
    const title = problem('string', 'string', texts, (s: string) => s.charAt(0).toUpperCase() + s.slice(1));
    // Character by character, "a" gives "A" at the start and "a" elsewhere; word by word it is a map, and none of
    // these cases' later words change: only the first word does, so no body is exact on every word.
    expect(elementWise(new GpContext(title), buildTable(), title.train, 150_000).node).toBeUndefined();
    const repeats = [[1, 2, 1], [2, 3], [3, 1, 2], [1, 1, 4], [4, 2, 2], [2, 4, 1, 3]];
    const dropped = problem('int[]', 'int[]', repeats, (xs: number[]) => xs.slice(1));
    expect(elementWise(new GpContext(dropped), buildTable(), dropped.train, 150_000).node).toBeUndefined();
  });

  it('prints an array as one text, element by element, and reads parts last to first', () => {
    // Over 400 distinct elements: more than the pairs the body is checked on one by one.
    const lists = Array.from({ length: 60 }, (_, i) => Array.from({ length: 5 + (i % 12) }, word));
    expect(new Set(lists.flat()).size).toBeGreaterThan(400);
    const backwards = (xs: string[]): string => [...xs].reverse().map((w) => String(w.length)).join('\n');
    const p = problem('string[]', 'string', [[], [''], ...lists], backwards);
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    const unseen = Array.from({ length: 5 }, (_, i) => Array.from({ length: 20 + i }, word));
    expect(run(ctx, node!, [[], ...unseen])).toEqual([[], ...unseen].map(backwards));
    const flipped = (s: string): string => s.split(' ').reverse().map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const q = problem('string', 'string', texts, flipped);
    const qctx = new GpContext(q);
    const words = elementWise(qctx, buildTable(), q.train, 150_000).node;
    expect(run(qctx, words!, longer)).toEqual(longer.map(flipped));
    const nums = Array.from({ length: 12 }, (_, i) => Array.from({ length: i }, () => rng.int(41) - 20));
    const r = problem('int[]', 'int[]', nums, (xs: number[]) => [...xs].reverse().filter((x) => x > 0));
    const rctx = new GpContext(r);
    const positives = elementWise(rctx, buildTable(), r.train, 150_000).node;
    expect(run(rctx, positives!, [[5, -1, 0, 7, 3]])).toEqual([[3, 7, 5]]);
  });

  it('prints each character as a text of any length, told from the cases', () => {
    const names = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    // Digits doubled, spaces dropped, the rest kept: parts of three lengths.
    const spell = (s: string): string => [...s].map((c) => (c >= '0' && c <= '9' ? c + c : c === ' ' ? '' : c)).join('');
    const numbers = Array.from({ length: 20 }, () => `${word()} ${rng.int(1000)}-${rng.int(100)}`);
    const p = problem('string', 'string', [...'0123456789 ', ...names, ...numbers], spell);
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 150_000);
    expect(node && printNode(ctx, node, true, new Set())).toMatch(/^\[\.\.\.s\]\.map\(/);
    expect(run(ctx, node!, ['r2d2 and c3po', ...longer])).toEqual(['r2d2 and c3po', ...longer].map(spell));
  });

  it('reads a concatenation only over as many parts as it can afford to read again and again', () => {
    const doubled = (s: string): string => [...s].map((c) => c + c).join('');
    const reading = (texts: string[]) => {
      const p = problem('string', 'string', texts, doubled);
      const concat = partReadings(new GpContext(p), p.train).find((r) => r.kind === 'concat' && r.bound === 'c1')!;
      return partPairs(concat, p.train, 400);
    };
    expect(reading(['ab', 'a', 'b', 'ba'])).toHaveLength(2);
    expect(reading(['ab', 'a', 'b', 'ba'.repeat(30_000)])).toBeUndefined();
  });

  it("maps each word to a count over its own characters, and the list holds for longer unseen sentences", () => {
    const vowels = (s: string): number[] => s.split(' ').map((w) => [...w].filter((c) => 'aeiou'.includes(c)).length);
    const p = problem('string', 'int[]', texts, vowels, 'Return how many vowels each word of a sentence has.');
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 110_000);
    expect(run(ctx, node!, longer)).toEqual(longer.map(vowels));
  });

  it('maps numbers with a condition in the body (double the even ones), and the list holds for longer unseen lists', () => {
    const doubled = (xs: number[]): number[] => xs.map((x) => (x % 2 === 0 ? 2 * x : x));
    const list = (n: number): number[] => Array.from({ length: n }, () => rng.int(101) - 50);
    const p = problem('int[]', 'int[]', Array.from({ length: 20 }, (_, i) => list(i % 7)), doubled, 'Double the even numbers of a list.');
    const ctx = new GpContext(p);
    const { node } = elementWise(ctx, buildTable(), p.train, 110_000);
    const unseen = Array.from({ length: 10 }, () => list(12 + rng.int(10)));
    expect(run(ctx, node!, unseen)).toEqual(unseen.map(doubled));
  });

  it('is what the run seeds from when the enumeration alone finds no exact expression', () => {
    const titled = (s: string): string => s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const cases: ExampleCase[] = texts.map((s) => ({ inputs: [s], outputs: [titled(s)] }));
    const ctx = new GpContext({ params: [{ name: 's', type: 'string' }], returns: ['string'], train: cases, test: [] });
    const { seeds } = enumerationSeeds(ctx, cases, 50, 150_000);
    expect(seeds).toHaveLength(1);
    expect(run(ctx, seeds[0].outs[0], longer)).toEqual(longer.map(titled));
  });
});
