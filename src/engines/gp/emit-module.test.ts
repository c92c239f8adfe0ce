import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import { normalize } from '../../programs/tree-ops.js';
import type { GpNode } from '../../programs/program-tree.js';

const SIGNATURES: [GpType[], GpType[]][] = [
  [['int'], ['string']],
  [['string', 'string'], ['int[]']],
  [['float[]', 'float[]'], ['float']],
  [['int[]'], ['int[]', 'int[]']],
  [['string'], ['boolean']],
  [['string[]', 'int'], ['string']],
];

function randomValue(rng: Rng, type: GpType): unknown {
  if (type.endsWith('[]')) return Array.from({ length: rng.int(6) }, () => randomValue(rng, type.slice(0, -2) as GpType));
  if (type === 'int') return rng.range(-20, 20);
  if (type === 'float') return Math.round((rng.next() * 40 - 20) * 100) / 100;
  if (type === 'boolean') return rng.chance(0.5);
  return Array.from({ length: rng.int(8) }, () => rng.pick(['a', 'B', ' ', 'x', 'Z', '1', '-'])).join('');
}

function problemFor([params, returns]: [GpType[], GpType[]], rng: Rng): GpProblem {
  const cases = Array.from({ length: 12 }, () => ({ inputs: params.map((t) => randomValue(rng, t)), outputs: returns.map((t) => randomValue(rng, t)) }));
  return { name: 'solve', params: params.map((type, i) => ({ name: `input${i + 1}`, type })), returns, train: cases, test: [] };
}

function typeErrors(files: Map<string, string>): string[] {
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ['lib.es2023.d.ts'], types: [], noEmit: true };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (files.has(name) ? ts.createSourceFile(name, files.get(name) as string, version) : read(name, version));
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

function runModule(code: string): (...args: unknown[]) => unknown {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: { default?: (...args: unknown[]) => unknown } = {};
  new Function('exports', js)(exports);
  return exports.default as (...args: unknown[]) => unknown;
}

function outcome(fn: (...args: unknown[]) => unknown, inputs: unknown[], reset?: () => void): unknown {
  reset?.();
  try {
    return { value: fn(...structuredClone(inputs)) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

describe('emitted modules', () => {
  const rng = new Rng(7);
  const samples = SIGNATURES.flatMap((sig) => {
    const problem = problemFor(sig, rng);
    const ctx = new GpContext(problem);
    return Array.from({ length: 25 }, () => ({ ctx, problem, individual: normalize(randomIndividual(ctx, rng, 6)) }));
  });

  it('type-check under strict TypeScript and stay within the line limit', () => {
    const files = new Map(samples.map((s, i) => [`/virtual/m${i}.ts`, emitModuleFor(s.ctx, s.individual)]));
    for (const code of files.values()) expect(code.split('\n').length).toBeLessThanOrEqual(198);
    expect(typeErrors(files)).toEqual([]);
  });

  it('compute exactly what the engine computes wherever it stays within its step budget, including thrown limits', () => {
    const table = buildTable();
    let compared = 0;
    for (const { ctx, problem, individual } of samples) {
      const engine = compileProgram(programSource(ctx, individual), table);
      const emitted = runModule(emitModuleFor(ctx, individual));
      for (const c of problem.train) {
        const a = outcome(engine, c.inputs, table.resetSteps);
        // The engine's step budget only cuts its search short; the module has none and runs such a program on.
        if (isDeepStrictEqual(a, { threw: 'step limit exceeded' })) continue;
        compared++;
        const b = outcome(emitted, c.inputs);
        expect(isDeepStrictEqual(a, b), `${emitModuleFor(ctx, individual)}\n${JSON.stringify([a, b])}`).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(samples.length * 10);
  });

  it("reduce starts from the first element, gives '' or 0 for an empty array, and the module computes what the engine does", () => {
    const params = [{ name: 's', type: 'string' as const }, { name: 'xs', type: 'int[]' as const }, { name: 'ws', type: 'string[]' as const }, { name: 'fs', type: 'float[]' as const }];
    const problem: GpProblem = { params, returns: ['string', 'int', 'string', 'float'], train: [], test: [] };
    const ctx = new GpContext(problem);
    const v = (name: string, type: GpType) => ({ kind: 'var' as const, type, name });
    const call = (prim: string, type: GpType, ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
    const parts = call('split_string', 'string[]', v('s', 'string'), { kind: 'const', type: 'string', value: '-' });
    const joined = call('reduce_strings', 'string', parts, call('cat_string', 'string', v('acc1', 'string'), call('capitalize', 'string', v('x1', 'string'))));
    const minus = call('reduce_ints', 'int', v('xs', 'int[]'), call('sub_int', 'int', v('acc1', 'int'), v('x1', 'int')));
    // Each word doubles what came before: past 10,000 characters both the engine and the module throw.
    const doubled = call('reduce_strings', 'string', v('ws', 'string[]'), call('cat_string', 'string', call('cat_string', 'string', v('acc1', 'string'), v('acc1', 'string')), v('x1', 'string')));
    const product = call('reduce_floats', 'float', v('fs', 'float[]'), call('mul_float', 'float', v('acc1', 'float'), v('x1', 'float')));
    const individual = { lets: [], outs: [joined, minus, doubled, product] };
    const table = buildTable();
    const engine = compileProgram(programSource(ctx, individual), table);
    const emitted = runModule(emitModuleFor(ctx, individual));
    const cases: [unknown[], unknown][] = [
      [['kebab-case-words two', [10, 3, 2], ['a', 'b'], [1.5, -2, 0.25]], ['kebabCaseWords two', 5, 'aab', -0.75]],
      // Empty arrays give the fallback ('' and 0); an empty text still splits into one empty word.
      [['', [], [], []], ['', 0, '', 0]],
      [['one', [7], ['solo'], [2.5]], ['one', 7, 'solo', 2.5]],
    ];
    for (const [inputs, expected] of cases) {
      expect(outcome(engine, inputs, table.resetSteps)).toEqual({ value: expected });
      expect(outcome(emitted, inputs)).toEqual({ value: expected });
    }
    const long = ['x', Array(20).fill('y')].flat();
    expect(outcome(engine, ['a', [1], long, [1]], () => table.resetSteps(1e6))).toEqual({ threw: 'value too large' });
    expect(outcome(emitted, ['a', [1], long, [1]])).toEqual({ threw: 'value too large' });
  });

  it('recur steps a pair of integers, undigits reads digits back, scan keeps every accumulator, unique each value once; the module computes what the engine does', () => {
    const problem: GpProblem = { params: [{ name: 'n', type: 'int' }, { name: 'xs', type: 'int[]' }], returns: ['int', 'int', 'int[]', 'int[]'], train: [], test: [] };
    const ctx = new GpContext(problem);
    const v = (name: string, type: GpType) => ({ kind: 'var' as const, type, name });
    const int = (value: number): GpNode => ({ kind: 'const', type: 'int', value });
    const call = (prim: string, type: GpType, ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
    const fibonacci = call('recur_int', 'int', v('n', 'int'), int(0), int(1), call('add_int', 'int', v('x1', 'int'), v('y1', 'int')));
    const reversed = call('undigits_int', 'int', call('reverse_ints', 'int[]', call('digits_int', 'int[]', v('n', 'int'))));
    const running = call('scan_ints', 'int[]', v('xs', 'int[]'), int(0), call('add_int', 'int', v('acc1', 'int'), v('x1', 'int')));
    const distinct = call('unique_ints', 'int[]', v('xs', 'int[]'));
    const individual = { lets: [], outs: [fibonacci, reversed, running, distinct] };
    const table = buildTable();
    const engine = compileProgram(programSource(ctx, individual), table);
    const emitted = runModule(emitModuleFor(ctx, individual));
    // A count of 0 or less runs no step; digits read the absolute value.
    const cases: [unknown[], unknown][] = [
      [[10, [3, 1, 3, 2]], [55, 1, [3, 4, 7, 9], [3, 1, 2]]],
      [[0, []], [0, 0, [], []]],
      [[-4, [5, 5, 5]], [0, 4, [5, 10, 15], [5]]],
      [[1230, [-1]], [expect.any(Number), 321, [-1], [-1]]],
      [[30, [2, -2]], [832040, 3, [2, 0], [2, -2]]],
    ];
    for (const [inputs, expected] of cases) {
      expect(outcome(engine, inputs, () => table.resetSteps(1e6))).toEqual({ value: expected });
      expect(outcome(emitted, inputs)).toEqual({ value: expected });
    }
    // The engine charges a step per iteration: a count past the execution's budget throws there.
    expect(outcome(engine, [5000, []], () => table.resetSteps(2000))).toEqual({ threw: 'step limit exceeded' });
  });

  it('toBase, fromBase and padStart are the built-ins with their bounds; the module computes what the engine does', () => {
    const problem: GpProblem = { params: [{ name: 'n', type: 'int' }, { name: 's', type: 'string' }, { name: 'b', type: 'int' }], returns: ['string', 'int', 'string'], train: [], test: [] };
    const ctx = new GpContext(problem);
    const v = (name: string, type: GpType) => ({ kind: 'var' as const, type, name });
    const call = (prim: string, type: GpType, ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
    const zero: GpNode = { kind: 'const', type: 'string', value: '0' };
    const individual = {
      lets: [],
      outs: [call('toBase_int', 'string', v('n', 'int'), v('b', 'int')), call('fromBase_string', 'int', v('s', 'string'), v('b', 'int')), call('padStart_string', 'string', v('s', 'string'), v('n', 'int'), zero)],
    };
    const table = buildTable();
    const engine = compileProgram(programSource(ctx, individual), table);
    const emitted = runModule(emitModuleFor(ctx, individual));
    // A base outside 2–36 is base 10; text that is no number in the base reads as 0; a width past the bound is cut.
    const cases: [unknown[], unknown][] = [
      [[5, '101', 2], ['101', 5, '00101']],
      [[255, 'ff', 16], ['ff', 255, '0'.repeat(253) + 'ff']],
      [[-6, 'zz', 1], ['-6', 0, 'zz']],
      [[7, '', 40], ['7', 0, '0000000']],
      [[1e9, 'x', 10], ['1000000000', 0, '0'.repeat(9_999) + 'x']],
    ];
    for (const [inputs, expected] of cases) {
      expect(outcome(engine, inputs, () => table.resetSteps(1e7))).toEqual({ value: expected });
      expect(outcome(emitted, inputs)).toEqual({ value: expected });
    }
  });

  it('carry no module-level state and no step counter', () => {
    for (const { ctx, individual } of samples) {
      const code = emitModuleFor(ctx, individual);
      expect(code).not.toMatch(/^(let|var) /m);
      expect(code).not.toMatch(/steps|tick|bounded/);
    }
  });
});
