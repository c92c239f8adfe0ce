import { describe, expect, it } from 'vitest';
import { PENALTY } from './case-errors.js';
import { buildTable, programSource } from './compile-program.js';
import { evaluateSources, toCaseSet } from './evaluate-programs.js';
import { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import { STEP_LIMIT } from '../../primitives/array-helpers.js';
import { inputSize, stepBudget } from './step-budget.js';

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
});
