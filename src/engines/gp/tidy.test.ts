import { describe, expect, it } from 'vitest';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { GpNode } from '../../programs/program-tree.js';
import { tidy } from './tidy.js';

const problem: GpProblem = { params: [{ name: 's', type: 'string' }, { name: 'n', type: 'int' }], returns: ['int'], train: [], test: [] };
const ctx = new GpContext(problem);
const s: GpNode = { kind: 'var', type: 'string', name: 's' };
const n: GpNode = { kind: 'var', type: 'int', name: 'n' };
const k = (value: number): GpNode => ({ kind: 'const', type: 'int', value });
const yes: GpNode = { kind: 'const', type: 'boolean', value: true };
const no: GpNode = { kind: 'const', type: 'boolean', value: false };
const call = (prim: string, type: GpNode['type'], ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
const body = (tree: GpNode, lets: GpNode[] = []): string => {
  const code = emitModuleFor(ctx, tidy(ctx, { lets, outs: [tree] }));
  return code.slice(code.indexOf('{') + 1, code.lastIndexOf('}')).trim();
};

describe('tidy', () => {
  it('drops constant conditions and the branches they rule out', () => {
    expect(body(call('if_int', 'int', no, k(3), call('len_string', 'int', s)))).toBe('return s.length;');
    expect(body(call('if_int', 'int', call('lt_int', 'int', n, k(2)), n, n))).toBe('return n;');
  });

  it('removes identity operations and filters by a constant', () => {
    const filtered = call('filterChars', 'string', s, yes);
    expect(body(call('add_int', 'int', call('len_string', 'int', filtered), k(0)))).toBe('return s.length;');
    expect(body(call('len_string', 'int', call('filterChars', 'string', s, no)))).toBe('return 0;');
    expect(body(call('mul_int', 'int', k(1), call('neg_int', 'int', call('neg_int', 'int', n))))).toBe('return n;');
  });

  it('folds closed expressions into literals and drops bindings nothing uses any more', () => {
    const lets = [call('len_string', 'int', s)];
    const tree = call('if_int', 'int', call('eq_string', 'boolean', s, s), call('add_int', 'int', k(2), call('mul_int', 'int', k(3), k(4))), { kind: 'var', type: 'int', name: 'v1' });
    expect(body(tree, lets)).toBe('return 14;');
  });

  it("writes a loop that only toggles a constant as its count's parity, and leaves a loop toggling another's accumulator", () => {
    const toggle = (init: GpNode, acc: string): GpNode => call('loop_boolean', 'boolean', n, init, call('not', 'boolean', { kind: 'var', type: 'boolean', name: acc }));
    expect(body(toggle(no, 'acc1'))).toMatch(/return mod\(n, 2\) === 1;$/);
    expect(body(toggle(yes, 'acc1'))).toMatch(/return mod\(n, 2\) !== 1;$/);
    // Inside a loop over the characters the toggle's own accumulator is acc2; acc1 would be the outer one's.
    const inner = (acc: string): GpNode => call('len_string', 'int', call('filterChars', 'string', s, toggle(no, acc)));
    expect(body(inner('acc2'))).not.toContain('loop(');
    const outer = body(call('loop_boolean', 'boolean', n, yes, toggle(no, 'acc1')));
    expect(outer.match(/loop\(/g)).toHaveLength(2);
  });

  it('inlines bindings that only rename a parameter or a literal', () => {
    const v = (name: string): GpNode => ({ kind: 'var', type: 'int', name });
    const lets = [n, call('add_int', 'int', v('v1'), call('len_string', 'int', s)), k(7)];
    expect(body(call('mul_int', 'int', v('v2'), call('add_int', 'int', v('v1'), v('v3'))), lets)).toBe('const v1: number = n + s.length;\n  return v1 * (n + 7);');
  });

  it('inlines a binding of a converted parameter, which prints as the parameter itself', () => {
    const f = (name: string): GpNode => ({ kind: 'var', type: 'float', name });
    const half: GpNode = { kind: 'const', type: 'float', value: 0.5 };
    const fp: GpProblem = { ...problem, returns: ['float'] };
    const fctx = new GpContext(fp);
    const lets = [call('float_of_int', 'float', n), call('float_of_int', 'float', call('len_string', 'int', s))];
    const code = emitModuleFor(fctx, tidy(fctx, { lets, outs: [call('mul_float', 'float', f('v1'), call('add_float', 'float', f('v2'), half))] }));
    expect(code.slice(code.indexOf('{') + 1, code.lastIndexOf('}')).trim()).toBe('const v1: number = s.length;\n  return n * (v1 + 0.5);');
  });

  it('leaves a closed expression that throws as it is', () => {
    const runaway = call('loop_int', 'int', k(1e9), k(0), call('add_int', 'int', { kind: 'var', type: 'int', name: 'acc1' }, k(1)));
    expect(body(call('add_int', 'int', n, runaway))).toContain('loop(1000000000');
  });
});
