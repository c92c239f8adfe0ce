import { describe, expect, it } from 'vitest';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { parseProgram, parseWithContext } from '../../programs/parse-program.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import { normalize } from '../../programs/tree-ops.js';

const problems: GpProblem[] = [
  { params: [{ name: 'n', type: 'int' }], returns: ['string'], train: [{ inputs: [3], outputs: ['Fizz'] }], test: [] },
  { params: [{ name: 'xs', type: 'float[]' }, { name: 's', type: 'string' }], returns: ['float', 'boolean'], train: [], test: [] },
  { params: [{ name: 'words', type: 'string[]' }], returns: ['int[]'], train: [], test: [] },
];

describe('parseProgram', () => {
  it('round-trips emitted modules of random programs', () => {
    const rng = new Rng(11);
    for (const problem of problems) {
      const ctx = new GpContext(problem);
      for (let i = 0; i < 60; i++) {
        const code = emitModuleFor(ctx, normalize(randomIndividual(ctx, rng, 6)));
        const parsed = parseWithContext(ctx, code);
        expect(parsed, code).toBeDefined();
        expect(emitModuleFor(ctx, parsed as NonNullable<typeof parsed>)).toBe(code);
      }
    }
  });

  it('reads a hand-written module in the subset, with other parameter names', () => {
    const code = `export default function f(k: number): string {
  const three = mod(k, 3) === 0;
  return three ? "Fizz" : String(k);
}`;
    const parsed = parseProgram(code, problems[0]);
    expect(parsed).toBeDefined();
    expect(emitModuleFor(new GpContext(problems[0]), parsed as NonNullable<typeof parsed>)).toContain('const v1: boolean = mod(n, 3) === 0;');
  });

  it('writes π as Math.PI and reads it back', () => {
    const problem: GpProblem = { params: [{ name: 'r', type: 'float' }], returns: ['float'], train: [], test: [] };
    const ctx = new GpContext(problem);
    const code = emitModuleFor(ctx, { lets: [], outs: [{ kind: 'call', prim: 'mul_float', type: 'float', kids: [{ kind: 'const', type: 'float', value: Math.PI }, { kind: 'var', type: 'float', name: 'r' }] }] });
    expect(code).toContain('Math.PI * r');
    expect(emitModuleFor(ctx, parseWithContext(ctx, code)!)).toBe(code);
  });

  it('refuses modules outside the representation', () => {
    expect(parseProgram('export default function f(k: number): string { console.log(k); return "a"; }', problems[0])).toBeUndefined();
    expect(parseProgram('export default function f(k: number): string { return process.env.X ?? ""; }', problems[0])).toBeUndefined();
    expect(parseProgram('const x = 1;', problems[0])).toBeUndefined();
  });
});
