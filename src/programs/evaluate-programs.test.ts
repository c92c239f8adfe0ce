import { describe, expect, it } from 'vitest';
import { PENALTY } from './case-errors.js';
import { buildTable, programSource } from './compile-program.js';
import { evaluateSources, runCases, toCaseSet } from './evaluate-programs.js';
import { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';

const problem = { params: [{ name: 'n', type: 'int' as const }], returns: ['int' as const], train: [{ inputs: [5], outputs: [5] }], test: [] };
const ctx = new GpContext(problem);
const n: GpNode = { kind: 'var', type: 'int', name: 'n' };
const k = (value: number): GpNode => ({ kind: 'const', type: 'int', value });

/** A counted loop of `count` steps whose body is another loop of `inner` steps: nesting multiplies the steps. */
function nested(count: GpNode, inner: GpNode): GpNode {
  const body: GpNode = { kind: 'call', prim: 'loop_int', type: 'int', kids: [inner, { kind: 'var', type: 'int', name: 'acc1' }, k(1)] };
  return { kind: 'call', prim: 'loop_int', type: 'int', kids: [count, k(0), body] };
}

describe('evaluating compiled programs', () => {
  const table = buildTable();
  const cases = toCaseSet(problem.train, problem.returns);
  const run = (tree: GpNode): number => evaluateSources([programSource(ctx, { lets: [], outs: [tree] })], table, cases, [0])[0];

  it('runs a correct program with zero error', () => {
    expect(run(n)).toBe(0);
  });

  it('traps a runaway loop at the step limit with the penalty, quickly', () => {
    const started = Date.now();
    expect(run(nested(k(1_000_000_000), k(1_000_000_000)))).toBe(PENALTY);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('resets the step counter between cases (each case alone stays under the limit)', () => {
    const three = toCaseSet([1, 2, 3].map(() => ({ inputs: [5], outputs: [1] })), problem.returns);
    const source = programSource(ctx, { lets: [], outs: [nested(k(30), k(50))] });
    expect([...evaluateSources([source], table, three, [0, 1, 2])]).toEqual([0, 0, 0]);
  });

  it('gives the penalty to programs that do not compile', () => {
    const errors = evaluateSources(['return function ( {'], table, cases, [0]);
    expect(errors[0]).toBe(PENALTY);
  });

  it('hands programs plain (unfrozen) input arrays: frozen arrays of floats are boxed and slow in V8', () => {
    const floats = toCaseSet([{ inputs: [[1.5, 2.5]], outputs: [4] }], ['float']);
    expect(Object.isFrozen(floats.inputs[0][0])).toBe(false);
  });

  it('fails an execution that changes its inputs and gives the next case, and the next program, the inputs unchanged', () => {
    const sets = toCaseSet(
      [
        { inputs: [[3, 1, 2]], outputs: [3] },
        { inputs: [[9, 8]], outputs: [9] },
      ],
      ['int'],
    );
    // Not a program the engine can print (every sort it prints sorts a copy): a stand-in for a primitive that mutates.
    const sortsInPlace = ((xs: number[]) => xs.sort()[0]) as (...inputs: unknown[]) => unknown;
    const first = ((xs: number[]) => xs[0]) as (...inputs: unknown[]) => unknown;
    const out = new Float64Array(2);
    runCases(sortsInPlace, table, sets, [0, 1], out, 0);
    expect([...out]).toEqual([PENALTY, PENALTY]);
    runCases(first, table, sets, [0, 1], out, 0);
    expect([...out]).toEqual([0, 0]);
    expect(sets.inputs).toEqual([[[3, 1, 2]], [[9, 8]]]);
  });
});
