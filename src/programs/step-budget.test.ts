import { describe, expect, it } from 'vitest';
import { PENALTY } from './case-errors.js';
import { buildTable, programSource } from './compile-program.js';
import { evaluateSources, problemCaseSets, toCaseSet } from './evaluate-programs.js';
import { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import { ARRAY_HELPERS, MAX_LOOP, STEP_LIMIT } from '../primitives/array-helpers.js';
import { inputSize, stepBudget, testStepBudget } from './step-budget.js';
import { runModule } from '../../tests/support/run-module.js';

/** A helper as emitted modules carry it (TypeScript, transpiled as a module is). */
const emittedHelper = (name: string): ((...args: never[]) => unknown) => runModule(`${ARRAY_HELPERS[name].source}\nexport default ${name};`);

const s: GpNode = { kind: 'var', type: 'string', name: 's' };
const c1: GpNode = { kind: 'var', type: 'string', name: 'c1' };
const call = (prim: string, type: GpNode['type'], ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
/** Counts the letters of s: one pass over its characters. */
const letters = call('len_string', 'int', call('filterChars', 'string', s, call('isLetter', 'boolean', c1)));
/** For each character, a pass over all characters: quadratic in the input's length. */
/** For each character, a helper that reads the whole string: quadratic work in one loop's iterations. */
const rereads = call('len_string', 'int', call('filterChars', 'string', s, call('isLower', 'boolean', s)));
const quadratic = call('len_string', 'int', call('filterChars', 'string', s, call('some_strings', 'boolean', call('chars_string', 'string[]', s), call('eq_string', 'boolean', c1, { kind: 'var', type: 'string', name: 'x2' }))));

describe('step budget', () => {
  const problem = { params: [{ name: 's', type: 'string' as const }], returns: ['int' as const], train: [], test: [] };
  const ctx = new GpContext(problem);
  const table = buildTable();
  const errorOn = (tree: GpNode, text: string, expected: number): number =>
    evaluateSources([programSource(ctx, { lets: [], outs: [tree] })], table, toCaseSet([{ inputs: [text], outputs: [expected] }], ['int']), [0])[0];

  it('grows with the size of the inputs and never falls below the base limit', () => {
    expect(inputSize('abc')).toBe(3);
    expect(inputSize([['ab', 'c'], [1, 2]])).toBe(2 + (2 + 2 + 1) + 2);
    expect(stepBudget([5, 'ab'])).toBe(STEP_LIMIT);
    expect(stepBudget(['x'.repeat(3000)])).toBeGreaterThan(3 * 3000);
  });

  it('lets a linear loop over a 3,000-character input finish', () => {
    expect(errorOn(letters, 'ab '.repeat(1000), 2000)).toBe(0);
  });

  it('still stops a loop whose work grows with the square of the input', () => {
    expect(errorOn(quadratic, 'ab '.repeat(1000), 3000)).toBe(PENALTY);
    expect(errorOn(quadratic, 'ab ', 3)).toBe(0);
  });

  it("charges a helper's work by the length it reads, so re-reading the input per character is stopped", () => {
    expect(errorOn(rereads, 'ab '.repeat(1000), 3000)).toBe(PENALTY);
    expect(errorOn(rereads, 'ab '.repeat(10), 30)).toBe(0);
  });

  it("gives a held-out test case's number room to be counted up to, as far as a loop may run", () => {
    const nCtx = new GpContext({ params: [{ name: 'n', type: 'int' }], returns: ['int'], train: [], test: [] });
    const n: GpNode = { kind: 'var', type: 'int', name: 'n' };
    const x1: GpNode = { kind: 'var', type: 'int', name: 'x1' };
    const zero: GpNode = { kind: 'const', type: 'int', value: 0 };
    // The divisors of n among 0 … n - 1 (mod(n, 0) is 0, standing for n itself).
    const divisors = call('len_ints', 'int', call('filter_ints', 'int[]', call('range_int', 'int[]', n), call('le_int', 'boolean', call('mod_int', 'int', n, x1), zero)));
    const source = programSource(nCtx, { lets: [], outs: [divisors] });
    const errorWith = (budget: (inputs: unknown[]) => number): number =>
      evaluateSources([source], table, toCaseSet([{ inputs: [199_458], outputs: [24] }], ['int'], undefined, budget), [0])[0];
    expect(errorWith(stepBudget)).toBe(PENALTY);
    expect(errorWith(testStepBudget)).toBe(0);
    expect(testStepBudget([[3, -25_000], 'ab'])).toBe(20 * 25_000);
    expect(testStepBudget([5e9, Number.POSITIVE_INFINITY])).toBe(MAX_LOOP);
    expect(testStepBudget([7, NaN])).toBe(STEP_LIMIT);
  });

  it("emits a range that counts past the engine's longest text, and throws past a loop's most", () => {
    const range = emittedHelper('range') as (n: number) => number[];
    expect(range(199_458)).toHaveLength(199_458);
    expect(range(MAX_LOOP)).toHaveLength(MAX_LOOP);
    expect(range(-3)).toEqual([]);
    expect(range(NaN)).toEqual([]);
    expect(() => range(MAX_LOOP + 1)).toThrow(RangeError);
    expect(() => range(Infinity)).toThrow(RangeError);
  });

  it('takes the largest and smallest of a long range without spreading it onto the stack', () => {
    const helper = (name: 'maxOf' | 'minOf'): ((xs: number[]) => number) => emittedHelper(name) as (xs: number[]) => number;
    const xs = Array.from({ length: 500_000 }, (_, i) => i - 7);
    expect(helper('maxOf')(xs)).toBe(499_992);
    expect(helper('minOf')(xs)).toBe(-7);
    expect(helper('maxOf')([])).toBe(0);
    expect(helper('minOf')([3, NaN])).toBeNaN();
  });

  it("hands the engine's test cases the test budget and its train cases the search's", () => {
    const problem = { params: [{ name: 'n', type: 'int' as const }], returns: ['int' as const], train: [{ inputs: [50_000], outputs: [0] }], test: [{ inputs: [50_000], outputs: [0] }] };
    const sets = problemCaseSets(problem, ['int']);
    expect(sets.train.stepLimits).toEqual([STEP_LIMIT]);
    expect(sets.test.stepLimits).toEqual([20 * 50_000]);
  });
});
