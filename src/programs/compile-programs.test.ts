import { describe, expect, it } from 'vitest';
import { buildTable } from './compile-program.js';
import { compilePrograms } from './compile-programs.js';
import { GpContext } from './gp-context.js';

describe('compilePrograms', () => {
  const table = buildTable();

  it('compiles a batch into one function per source, with the table in scope', () => {
    const fns = compilePrograms(['function (a) {\nreturn idiv(a, 2);\n}', 'function (a, b) {\nreturn Math.max(a, b);\n}'], table);
    expect(fns.map((f) => f?.(9, 4))).toEqual([4, 9]);
  });

  it('leaves only the source that does not compile without a function', () => {
    const fns = compilePrograms(['function (a) {\nreturn a;\n}', 'function ( {', 'function (a) {\nreturn -a;\n}'], table);
    expect(fns[0]?.(3)).toBe(3);
    expect(fns[1]).toBeUndefined();
    expect(fns[2]?.(3)).toBe(-3);
  });

  it('does not let one source pose as two programs', () => {
    const fns = compilePrograms(['function () {\nreturn 1;\n}, function () {\nreturn 2;\n}', 'function () {\nreturn 3;\n}'], table);
    expect(fns[0]).toBeUndefined();
    expect(fns[1]?.()).toBe(3);
  });

  it('names every program gpProgram, the one name the main thread tells V8 never to optimise', () => {
    const fns = compilePrograms(['function (a) {\nreturn a;\n}', 'function (a) {\nreturn -a;\n}'], table);
    expect(fns.map((f) => f?.name)).toEqual(['gpProgram', 'gpProgram']);
  });

  it('leaves hot programs anonymous, out of the name V8 is told not to optimise, with the same text check', () => {
    const fns = compilePrograms(['function (a) {\nreturn a;\n}', 'function (a) {\nreturn -a;\n}'], table, true);
    expect(fns.map((f) => [f?.name, f?.(2)])).toEqual([['', 2], ['', -2]]);
    const posing = compilePrograms(['function () {\nreturn 1;\n}, function () {\nreturn 2;\n}', 'function () {\nreturn 3;\n}'], table, true);
    expect([posing[0], posing[1]?.()]).toEqual([undefined, 3]);
  });

  it('refuses an extra primitive named as the programs are compiled (a call to it would recurse into the program)', () => {
    const name = compilePrograms(['function (a) {\nreturn a;\n}'], table)[0]?.name ?? '';
    const extra = { name, params: ['int' as const], returns: 'int' as const, fn: (n: number) => n + 1 };
    expect(() => new GpContext({ params: [{ name: 'n', type: 'int' }], returns: ['int'], train: [], test: [], extraPrimitives: [extra] })).toThrow('clashes with a built-in');
  });
});
