import { describe, expect, it } from 'vitest';
import { outcome, runModule } from '../../../tests/support/run-module.js';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { GpNode } from '../../programs/program-tree.js';

const v = (name: string, type: GpType): GpNode => ({ kind: 'var', type, name });
const num = (type: 'int' | 'float', value: number): GpNode => ({ kind: 'const', type, value });
const call = (prim: string, type: GpType, ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });

describe('loops until a condition', () => {
  it('give the value reached and the steps taken; the module computes what the engine does, and a loop without end stops', () => {
    const goal = 'Halve n until it is below 2; grow b by 10% until it passes 1000.';
    const problem: GpProblem = { params: [{ name: 'n', type: 'int' }, { name: 'b', type: 'float' }], returns: ['int', 'int', 'float'], train: [], test: [], goal };
    const ctx = new GpContext(problem);
    // Halve n until it is below 2 (its highest power of two's exponent: the steps); add 10% to b until it passes 1000.
    const below2 = call('lt_int', 'boolean', v('x1', 'int'), num('int', 2));
    const halve = call('div_int', 'int', v('x1', 'int'), num('int', 2));
    const steps = call('timesUntil_int', 'int', v('n', 'int'), below2, halve);
    const below5 = call('lt_int', 'boolean', v('x1', 'int'), num('int', 5));
    const value = call('until_int', 'int', call('add_int', 'int', v('n', 'int'), num('int', 7)), below5, halve);
    const grown = call('until_float', 'float', v('b', 'float'), call('lt_float', 'boolean', num('float', 1000), v('x1', 'float')), call('mul_float', 'float', v('x1', 'float'), num('float', 1.1)));
    const individual = { lets: [], outs: [steps, value, grown] };
    const table = buildTable();
    const engine = compileProgram(programSource(ctx, individual), table);
    const emitted = runModule(emitModuleFor(ctx, individual));
    const grow = (b: number): number => {
      while (!(1000 < b)) b *= 1.1;
      return b;
    };
    const cases: [unknown[], unknown][] = [
      [[1, 1000], [0, 4, grow(1000)]],
      [[2, 999], [1, 4, grow(999)]],
      [[1024, 500], [10, 4, grow(500)]],
      [[-5, 2000], [0, 2, 2000]],
    ];
    for (const [inputs, expected] of cases) {
      expect(outcome(engine, inputs, () => table.resetSteps(1e6))).toEqual({ value: expected });
      expect(outcome(emitted, inputs)).toEqual({ value: expected });
    }
    // A condition never met (b <= 0 never grows past 1000): the engine's step budget ends it, the module's bound too.
    expect(outcome(engine, [1, -3], () => table.resetSteps(2000))).toEqual({ threw: 'step limit exceeded' });
    expect(outcome(emitted, [1, -3])).toEqual({ threw: 'no end reached' });
  });

  it('are offered only to goals that ask for a loop until a condition', () => {
    const offered = (goal?: string): boolean => new GpContext({ params: [{ name: 'n', type: 'int' }], returns: ['int'], train: [], test: [], goal }).set.byName.has('timesUntil_int');
    for (const goal of [
      'Return how many steps it takes to reach 1.',
      'Keep halving the number until it is odd.',
      'Repeatedly sum the digits.',
      'How many years until the balance doubles?',
    ])
      expect(offered(goal)).toBe(true);
    for (const goal of [undefined, 'Return the sum of the digits.', 'Count the words, keeping punctuation.', 'Return the steps of a staircase.']) expect(offered(goal)).toBe(false);
  });
});
