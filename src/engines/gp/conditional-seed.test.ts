import { describe, expect, it } from 'vitest';
import { buildTable } from './compile-program.js';
import { conditionalSeed } from './conditional-seed.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from './gp-context.js';
import { printNode } from './print-program.js';

describe('conditionalSeed', () => {
  it('takes a few-class output\'s values as literal branches, which no enumeration builds', () => {
    // Thresholds are inputs, as in PSB1 grade: the class is the first threshold the value reaches.
    const label = (lo: number, hi: number, x: number): string => (x >= hi ? 'Level: high.' : x >= lo ? 'Level: middle.' : 'Level: low.');
    const train = Array.from({ length: 40 }, (_, i) => {
      // A third of the values sit on a threshold, so the data says which side an equal value falls on.
      const [lo, hi] = [10 + (i % 7), 50 + (i % 11)];
      const x = [(i * 37) % 90, lo, hi][i % 3];
      return { inputs: [lo, hi, x], outputs: [label(lo, hi, x)] };
    });
    const problem: GpProblem = { params: ['lo', 'hi', 'x'].map((name) => ({ name, type: 'int' as const })), returns: ['string'], train, test: [] };
    const ctx = new GpContext(problem);
    // An empty bank: every branch has to come from the outputs themselves.
    const { node } = conditionalSeed(ctx, buildTable(), new Map(), train.slice(0, 12), train, 100_000);
    expect(node).toBeDefined();
    const fn = new Function('lo', 'hi', 'x', `return ${printNode(ctx, node!, false, new Set())};`) as (lo: number, hi: number, x: number) => string;
    for (let x = 0; x < 100; x++) expect(fn(12, 60, x)).toBe(label(12, 60, x));
  });
});
