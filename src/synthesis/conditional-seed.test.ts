import { describe, expect, it } from 'vitest';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import { conditionalSeed } from './conditional-seed.js';
import type { Found } from './enumerate-programs.js';
import type { GpProblem } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';

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

  it('takes the smallest branches right on each case, not only those right on the most', () => {
    // Most cases keep their text; the few cut ones are right only for a branch that 400 look-alikes of the text outrank.
    const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}!` : s);
    const train = Array.from({ length: 40 }, (_, i) => {
      const s = 'abcdefghijklmnopqrstuvwxyz'.slice(i % 7, 8 + (i % 11));
      const n = i % 3 === 0 ? i % 5 : s.length + (i % 4);
      return { inputs: [s, n], outputs: [cut(s, n)] };
    });
    const problem: GpProblem = { params: [{ name: 's', type: 'string' }, { name: 'n', type: 'int' }], returns: ['string'], train, test: [] };
    const ctx = new GpContext(problem);
    const used = train.slice(0, 12);
    const v = (name: string, type: 'string' | 'int'): GpNode => ({ kind: 'var', type, name });
    const sliced: GpNode = { kind: 'call', prim: 'slice2_string', type: 'string', kids: [v('s', 'string'), { kind: 'const', type: 'int', value: 0 }, v('n', 'int')] };
    const target: Found = { node: { kind: 'call', prim: 'cat_string', type: 'string', kids: [sliced, { kind: 'const', type: 'string', value: '!' }] }, size: 5, values: used.map((c) => `${(c.inputs[0] as string).slice(0, c.inputs[1] as number)}!`) };
    // Right where the text is kept, wrong (each differently) where it is cut.
    const lookalikes: Found[] = Array.from({ length: 400 }, (_, j) => ({ node: v('s', 'string'), size: 1, values: used.map((c) => (c.outputs[0] === c.inputs[0] ? c.inputs[0] : `x${j}`)) }));
    const table = buildTable();
    const { node } = conditionalSeed(ctx, table, new Map([['string', [...lookalikes, target]]]), used, train, 40_000);
    const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node!] })], table)[0]!;
    for (const [s, n] of [['a longer sentence here', 5], ['short', 9], ['exact', 5]] as const) {
      table.resetSteps(1e6);
      expect(fn(s, n)).toBe(cut(s, n));
    }
  });

  it('unifies branches rounded as the outputs are, and rounds the conditional (a tiered price to the cent)', () => {
    const off = (q: number): number => (q >= 50 ? 0.8 : q >= 10 ? 0.9 : 1);
    const price = (q: number, p: number): number => Math.round(q * p * off(q) * 100) / 100;
    const train = Array.from({ length: 40 }, (_, i) => {
      const q = [3, 9, 10, 12, 25, 49, 50, 64, 90, 1][i % 10] + (i % 3);
      const p = (137 + i * 211) / 100;
      return { inputs: [q, p], outputs: [price(q, p)] };
    });
    const problem: GpProblem = { params: [{ name: 'q', type: 'int' }, { name: 'p', type: 'float' }], returns: ['float'], train, test: [] };
    const ctx = new GpContext(problem);
    const v = (name: string, type: 'float' | 'int'): GpNode => ({ kind: 'var', type, name });
    const k = (value: number): GpNode => ({ kind: 'const', type: 'float', value });
    const times = (a: GpNode, b: GpNode): GpNode => ({ kind: 'call', prim: 'mul_float', type: 'float', kids: [a, b] });
    const total = times({ kind: 'call', prim: 'float_of_int', type: 'float', kids: [v('q', 'int')] }, v('p', 'float'));
    const used = train.slice(0, 12);
    // The branches unrounded, as the enumeration holds them: none is right on a case whose price rounds.
    const bank: Found[] = [total, times(total, k(0.9)), times(total, k(0.8))].map((node, j) => ({
      node, size: 3 + (j && 2), values: used.map((c) => (c.inputs[0] as number) * (c.inputs[1] as number) * [1, 0.9, 0.8][j]),
    }));
    const table = buildTable();
    const { node } = conditionalSeed(ctx, table, new Map([['float', bank]]), used, train, 100_000);
    expect(node).toBeDefined();
    const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node!] })], table)[0]!;
    for (let q = 1; q < 93; q += 4) {
      table.resetSteps(1e6);
      expect(fn(q, 19.99)).toBe(price(q, 19.99));
    }
  });
});
