import { describe, expect, it } from 'vitest';
import { enumerationSeeds } from '../../synthesis/enumeration-seeds.js';
import { GpContext } from '../../programs/gp-context.js';
import { runModule } from '../../../tests/support/run-module.js';
import { emitModule } from './emit-module.js';
import { Rng } from '../../util/rng.js';

describe('a printed result in the seed stage', () => {
  it('seeds a count printed in a sentence from the count, and the program generalises', () => {
    const rng = new Rng(3);
    const text = (n: number): string => Array.from({ length: n }, () => 'abcdeiouxyz !'[rng.int(13)]).join('');
    const say = (s: string): string => `There are ${[...s].filter((c) => 'aeiou'.includes(c)).length} vowels here.`;
    const train = Array.from({ length: 40 }, (_, i) => text(i % 12)).map((s) => ({ inputs: [s], outputs: [say(s)] }));
    const problem = { name: 'vowels', goal: 'Say how many vowels (a, e, i, o, u) the text has.', params: [{ name: 's', type: 'string' as const }], returns: ['string' as const], train, test: [] };
    const ctx = new GpContext(problem);
    const { seeds } = enumerationSeeds(ctx, train, 50, 150_000);
    expect(seeds).toHaveLength(1);
    const fn = runModule(emitModule(seeds[0], problem));
    const longer = Array.from({ length: 5 }, () => text(60));
    expect(longer.map((s) => fn(s))).toEqual(longer.map(say));
  });
});

describe('a slice of a parameter in the seed stage', () => {
  const rng = new Rng(5);
  const text = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[rng.int(26)]).join('');
  const seed = (name: string, goal: string, train: { inputs: unknown[]; outputs: unknown[] }[], candidates: number): ((s: string) => unknown) => {
    const problem = { name, goal, params: [{ name: 's', type: 'string' as const }], returns: ['string' as const], train, test: [] };
    const { seeds } = enumerationSeeds(new GpContext(problem), train, 50, candidates);
    return runModule(emitModule(seeds[0], problem)) as (s: string) => unknown;
  };

  it('seeds the middle character or two from both bounds, where a conditional fitted to the lengths would not generalise', () => {
    const middle = (s: string): string => s.slice(Math.floor((s.length - 1) / 2), Math.floor(s.length / 2) + 1);
    const train = Array.from({ length: 60 }, (_, i) => text(1 + (i % 15))).map((s) => ({ inputs: [s], outputs: [middle(s)] }));
    const fn = seed('middle', 'Return the middle character, or the middle two if the length is even.', train, 400_000);
    const longer = Array.from({ length: 6 }, (_, i) => text(40 + i));
    expect(longer.map(fn)).toEqual(longer.map(middle));
  });

  it('seeds the text between two marks from where the slice starts and where it ends', () => {
    const inside = (s: string): string => s.slice(s.indexOf('(') + 1, s.indexOf(')'));
    const train = Array.from({ length: 40 }, (_, i) => `${text(i % 9)}(${text(1 + (i % 7))})${text(i % 5)}`).map((s) => ({ inputs: [s], outputs: [inside(s)] }));
    const fn = seed('inside', 'Return the text inside the parentheses.', train, 400_000);
    const longer = [`${text(30)}(${text(25)})${text(20)}`, '(x)'];
    expect(longer.map(fn)).toEqual(longer.map(inside));
  });
});

describe('a step applied a parameter number of times in the seed stage', () => {
  it('seeds the step from the cases that take one, and the loop generalises to more steps than any case takes', () => {
    const rng = new Rng(9);
    // A loan: each month the interest is added, then the payment is taken.
    const owed = (months: number, loan: number, rate: number, payment: number): number => {
      let s = loan;
      for (let i = 0; i < months; i++) s = s * (1 + rate) - payment;
      return s;
    };
    const train = Array.from({ length: 60 }, (_, i) => [i % 7, 100 + rng.int(900), rng.int(10) / 100, rng.int(50)]).map((xs) => ({ inputs: xs, outputs: [owed(xs[0], xs[1], xs[2], xs[3])] }));
    const params = [
      { name: 'months', type: 'int' as const },
      ...['loan', 'rate', 'payment'].map((name) => ({ name, type: 'float' as const })),
    ];
    const problem = { name: 'owed', goal: 'What is still owed after some months?', params, returns: ['float' as const], train, test: [] };
    const { seeds } = enumerationSeeds(new GpContext(problem), train, 50, 150_000);
    const fn = runModule(emitModule(seeds[0], problem)) as (...args: number[]) => number;
    for (const xs of [[30, 5000, 0.01, 60], [12, 250.5, 0.07, 3]]) expect(fn(...xs)).toBeCloseTo(owed(xs[0], xs[1], xs[2], xs[3]), 6);
  });
});

describe('several outputs in the seed stage', () => {
  it('seeds each output as a problem of its own, so a deduction made for one output (a tiered price) is used', () => {
    // A price tiered at 100 units and the units left over after packing crates of 12: the first only a hinge finds.
    const price = (n: number): number => (n <= 100 ? 3 * n + 20 : 5 * n - 180);
    const rows = Array.from({ length: 40 }, (_, i) => (i * 37) % 250);
    const problem = { name: 'order', goal: 'Return the price (tiered at 100 units) and what is left after packing crates of 12.', params: [{ name: 'n', type: 'int' as const }], returns: ['int' as const, 'int' as const], train: rows.map((n) => ({ inputs: [n], outputs: [price(n), n % 12] })), test: [] };
    const { seeds } = enumerationSeeds(new GpContext(problem), problem.train, 50, 150_000);
    const fn = runModule(emitModule(seeds[0], problem)) as (n: number) => unknown;
    expect([3, 1000, 101, 257].map(fn)).toEqual([3, 1000, 101, 257].map((n) => [price(n), n % 12]));
  });
});
