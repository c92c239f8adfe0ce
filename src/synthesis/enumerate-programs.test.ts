import { describe, expect, it } from 'vitest';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import type { GpNode } from '../programs/program-tree.js';
import { enumerationSeeds, LARGE_SEED_ENUMERATION, SEED_BUDGET_SHARE, SEED_ENUMERATION, seedCandidates, seedLimits } from './enumeration-seeds.js';
import { outputError } from './bank-seeds.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';

const sentences = ['', 'one', 'a b', 'the cat sat', 'x y z w', 'hello big world', 'be', 'it is so', 'q r', 'a bb ccc dddd eeeee'];
const reverseWords: GpProblem = {
  params: [{ name: 's', type: 'string' }],
  returns: ['string'],
  train: sentences.map((s) => ({ inputs: [s], outputs: [s.split(' ').reverse().join(' ')] })),
  test: [],
};

describe('bottom-up enumeration', () => {
  it('keeps one expression per behaviour, the smallest, and never exceeds its limits', () => {
    const ctx = new GpContext(reverseWords);
    const { bank, executions } = enumeratePrograms(ctx, reverseWords.train, { maxSize: 4, maxCandidates: 5000, perPrimitive: 200, perType: 300, maxBytes: 2 ** 30 });
    expect(executions).toBeLessThanOrEqual(5000 * reverseWords.train.length);
    for (const list of bank.values()) {
      const keys = list.map((f) => JSON.stringify(f.values));
      expect(new Set(keys).size).toBe(keys.length);
      for (let i = 1; i < list.length; i++) expect(list[i].size).toBeGreaterThanOrEqual(list[i - 1].size);
    }
    // s and s.trim() agree on these cases: only the smaller is kept.
    const trimmed = (bank.get('string') ?? []).filter((f) => f.node.kind === 'call' && f.node.prim === 'trim' && f.node.kids[0].kind === 'var');
    expect(trimmed).toEqual([]);
    expect(bank.get('string')?.[0].node).toEqual({ kind: 'var', type: 'string', name: 's' });
  });

  it('solves a short problem outright with its smallest exact expression, within its share of the budget', { timeout: 120_000 }, () => {
    const ctx = new GpContext(reverseWords);
    const { seeds, executions } = enumerationSeeds(ctx, reverseWords.train, 3, seedCandidates(10_000_000, reverseWords.train.length));
    expect(executions).toBeLessThanOrEqual(10_000_000 * SEED_BUDGET_SHARE);
    // It stops at the exact expression instead of spending its whole share.
    expect(executions).toBeLessThan(SEED_ENUMERATION.maxCandidates * 10);
    const { bank } = enumeratePrograms(ctx, reverseWords.train, SEED_ENUMERATION);
    const exact = (bank.get('string') ?? []).filter((f) => outputError(f, reverseWords.train, 0, 'string') === 0);
    expect(exact.length).toBeGreaterThan(0);
    expect(seeds[0].outs[0]).toEqual(exact[0].node);
    expect(JSON.stringify(exact[0].node)).toContain('reverse_strings');
  });

  it('reaches a filter whose predicate has five nodes (counting the odd numbers, negatives included)', { timeout: 120_000 }, () => {
    // Lists as a benchmark draws them: lengths 0-6, values in [-1000, 1000] (a fixed linear congruential sequence).
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) % 2001;
    const lists = Array.from({ length: 12 }, (_, i) => Array.from({ length: i % 7 }, () => next() - 1000));
    const countOdds: GpProblem = { params: [{ name: 'xs', type: 'int[]' }], returns: ['int'], train: lists.map((xs) => ({ inputs: [xs], outputs: [xs.filter((x) => x % 2 !== 0).length] })), test: [] };
    const ctx = new GpContext(countOdds);
    const { bank } = enumeratePrograms(ctx, countOdds.train, SEED_ENUMERATION);
    const exact = (bank.get('int') ?? []).filter((f) => outputError(f, countOdds.train, 0, 'int') === 0);
    expect(exact.map((f) => JSON.stringify(f.node)).join()).toContain('mod_int');
    // No primitive turns a boolean into an integer outside a lambda body here, so no top-level boolean is built.
    expect((bank.get('boolean') ?? []).every((f) => f.size === 1)).toBe(true);
  });

  it('lets a one-argument primitive read the whole level below at the size below the last, not its first share', () => {
    const lists = [[1, -2, 3], [], [5], [-4, 4, 9, 0], [7, 7]];
    const lengths: GpProblem = { params: [{ name: 'xs', type: 'int[]' }], returns: ['int'], train: lists.map((xs) => ({ inputs: [xs], outputs: [xs.length] })), test: [] };
    const ctx = new GpContext(lengths);
    const { bank } = enumeratePrograms(ctx, lengths.train, { maxSize: 4, maxCandidates: 100_000, perPrimitive: 1, perType: 1000, maxBytes: 2 ** 30 });
    const ints = bank.get('int') ?? [];
    const negated = (size: number): number => ints.filter((f) => f.size === size && f.node.kind === 'call' && f.node.prim === 'neg_int').length;
    // Size 3 is below the last (4): neg reads every 2-node integer (length, sum, max, ... of xs), one candidate each.
    expect(negated(3)).toBe(ints.filter((f) => f.size === 2).length);
    expect(negated(3)).toBeGreaterThan(1);
  });

  it('past its memory bound keeps nothing more but still runs candidates and finds an exact one', { timeout: 120_000 }, () => {
    const words = ['abc', 'hello there', '', 'x', 'racecar!', 'The End', 'q w e', '12345'];
    const reversed: GpProblem = { params: [{ name: 's', type: 'string' }], returns: ['string'], train: words.map((w) => ({ inputs: [w], outputs: [[...w].reverse().join('')] })), test: [] };
    const ctx = new GpContext(reversed);
    let exact: GpNode | undefined;
    const done = (f: Found): boolean => (exact = f.node.type === 'string' && outputError(f, reversed.train, 0, 'string') === 0 ? f.node : exact) !== undefined;
    const { bank } = enumeratePrograms(ctx, reversed.train, { ...SEED_ENUMERATION, maxBytes: 0 }, done);
    // The parameter is kept first, before the bound is seen to be passed; nothing after it, yet reverse(s) is found.
    expect([...bank.values()].flat().map((f) => f.node)).toEqual([{ kind: 'var', type: 'string', name: 's' }]);
    expect(JSON.stringify(exact)).toContain('reverse');
    const roomy = enumeratePrograms(ctx, reversed.train, { ...SEED_ENUMERATION, maxCandidates: 20_000 });
    expect([...roomy.bank.values()].flat().length).toBeGreaterThan(100);
  });

  it('grows with its share of the budget: one size further and caps in proportion past the small bounds', () => {
    expect(seedLimits(10_000)).toEqual({ ...SEED_ENUMERATION, maxCandidates: 10_000 });
    expect(seedLimits(SEED_ENUMERATION.maxCandidates)).toEqual(SEED_ENUMERATION);
    expect(seedLimits(SEED_ENUMERATION.maxCandidates * 2 - 1)).toEqual(SEED_ENUMERATION);
    const large = seedLimits(SEED_ENUMERATION.maxCandidates * 4);
    expect(large.maxSize).toBe(SEED_ENUMERATION.maxSize + 1);
    expect(large.perPrimitive).toBe(SEED_ENUMERATION.perPrimitive * 4);
    expect(large.perType).toBe(SEED_ENUMERATION.perType * 4);
    expect(large.maxBytes).toBe(LARGE_SEED_ENUMERATION.maxBytes);
    expect(large.maxBytes).toBeLessThan(Infinity);
    // Past the largest share the caps stop growing with the budget: they are those of the largest enumeration.
    const largest = seedLimits(LARGE_SEED_ENUMERATION.maxCandidates);
    expect(seedLimits(1e12)).toEqual(largest);
    expect(largest.perPrimitive).toBe(SEED_ENUMERATION.perPrimitive * 10);
  });

  it('lets the primitives take turns inside a size, so where the budget ends there no primitive went first', () => {
    const rows = [[3, -7, 2], [12, 0, 5], [41, 9, -3], [8, 8, 1], [-2, 6, 15]];
    const params = ['a', 'b', 'c'].map((name) => ({ name, type: 'int' as const }));
    const problem: GpProblem = { params, returns: ['int'], train: rows.map((r) => ({ inputs: r, outputs: [r[0] * r[1] - r[2]] })), test: [] };
    const ctx = new GpContext(problem);
    const limits = { maxSize: 5, perPrimitive: 1000, perType: 1000, maxBytes: Infinity };
    const atSizeTwo = (maxCandidates: number): string[] =>
      [...enumeratePrograms(ctx, problem.train, { ...limits, maxCandidates }).bank.values()].flat().flatMap((f) => (f.size === 2 && f.node.kind === 'call' ? [f.node.prim] : []));
    // Each one-argument primitive has three choices at size 2 (a, b, c). With every primitive's first choice affordable,
    // one candidate each reaches them all; taken in order, the first two would have used the budget on all their choices.
    const all = new Set(atSizeTwo(100_000));
    expect(all.size).toBeGreaterThan(2);
    const oneRound = atSizeTwo(all.size);
    expect(new Set(oneRound)).toEqual(all);
    expect(oneRound).toHaveLength(all.size);
  });

  it('tries only literals where a primitive asks for them (a radix, a fill), and such primitives only up to five nodes', () => {
    const train = [0, 1, 5, 12, 255, 1024, 7, 64].map((n) => ({ inputs: [n], outputs: [n.toString(2)] }));
    const ctx = new GpContext({ params: [{ name: 'n', type: 'int' }], returns: ['string'], train, test: [] });
    const { bank } = enumeratePrograms(ctx, train, { maxSize: 7, maxCandidates: 60_000, perPrimitive: 500, perType: 5_000, maxBytes: 2 ** 30 });
    const calls = (bank.get('string') ?? []).filter((f) => f.node.kind === 'call' && f.node.prim === 'toBase_int');
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.find((f) => f.values.every((v, i) => v === train[i].outputs[0]))?.size).toBe(3);
    for (const f of calls) {
      expect(f.node.kind === 'call' && f.node.kids[1].kind).toBe('const');
      expect(f.size).toBeLessThanOrEqual(5);
    }
  });
});
