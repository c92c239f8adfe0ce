import { describe, expect, it } from 'vitest';
import { buildTable } from '../programs/compile-program.js';
import { GpContext } from '../programs/gp-context.js';
import { LAMBDA_BODY_LIMITS, LambdaBodies } from './lambda-bodies.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import { treeSize } from '../programs/program-tree.js';

const problem = {
  params: [{ name: 'xs', type: 'int[]' as const }],
  returns: ['int' as const],
  train: [{ inputs: [[1, -3, 4, 8]], outputs: [2] }, { inputs: [[5, 6, -7, 10, 11]], outputs: [3] }],
  test: [],
};
const x = [{ name: 'x1', type: 'int' as const }];

/** The body as a function of x (compiled with the engine's own helpers). */
function behaviour(ctx: GpContext, body: GpNode): (v: number) => unknown {
  const table = buildTable();
  const names = Object.keys(table).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const expr = printNode(ctx, body, false, new Set());
  return new Function('P', `const { ${names.join(', ')} } = P; return (x1) => ((xs) => ${expr})([]);`)(table) as (v: number) => unknown;
}

describe('lambda bodies', () => {
  const ctx = new GpContext(problem);
  const leaves: GpNode[] = [{ kind: 'var', type: 'int[]', name: 'xs' }, ...[0, 1, 2, -1].map((value): GpNode => ({ kind: 'const', type: 'int', value }))];
  const inputs = problem.train.map((c) => c.inputs);
  const shape = (): LambdaBodies => new LambdaBodies(ctx, buildTable(), 'boolean', x, leaves, inputs);

  it('reaches five-node predicates such as "x is odd", each behaviour once, none constant', () => {
    const bodies = shape();
    const executions = bodies.grow(5, LAMBDA_BODY_LIMITS.maxCandidates);
    const all = [1, 2, 3, 4, 5, 6].flatMap((size) => bodies.bodies(size));
    const range = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6];
    const odd = all.filter((b) => range.every((v) => behaviour(ctx, b)(v) === (Math.abs(v) % 2 === 1)));
    expect(odd.length).toBeGreaterThan(0);
    expect(Math.min(...odd.map(treeSize))).toBe(5);
    expect(bodies.bodies(6)).toEqual([]);
    expect(executions).toBeLessThanOrEqual(LAMBDA_BODY_LIMITS.maxCandidates * LAMBDA_BODY_LIMITS.environments);
    const texts = all.map((b) => printNode(ctx, b, false, new Set()));
    expect(texts.every((t) => t.includes('x1'))).toBe(true);
    expect(texts).not.toContain('(x1 < x1)');
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps to its candidate cap, and enumerates each size once', () => {
    expect(shape().grow(5, 200)).toBeLessThanOrEqual(200 * LAMBDA_BODY_LIMITS.environments);
    const bodies = shape();
    const small = bodies.grow(3, LAMBDA_BODY_LIMITS.maxCandidates);
    expect(small).toBeGreaterThan(0);
    expect(bodies.bodies(3).length).toBeGreaterThan(0);
    expect(bodies.bodies(5)).toEqual([]);
    expect(bodies.grow(3, LAMBDA_BODY_LIMITS.maxCandidates)).toBe(0);
    const rest = bodies.grow(5, LAMBDA_BODY_LIMITS.maxCandidates);
    expect(rest + small).toBe(shape().grow(5, LAMBDA_BODY_LIMITS.maxCandidates));
  });

  it('never enumerates a size cut short by the cap again: a later call goes on from the next size', () => {
    const bodies = shape();
    const full = shape();
    full.grow(3, LAMBDA_BODY_LIMITS.maxCandidates);
    // Sizes 2 and 3 whole, then size 4 cut short after a few candidates.
    const cap = full.grow(4, LAMBDA_BODY_LIMITS.maxCandidates) / LAMBDA_BODY_LIMITS.environments / 2;
    bodies.grow(3, LAMBDA_BODY_LIMITS.maxCandidates);
    bodies.grow(4, cap);
    const kept = bodies.bodies(4).length;
    expect(kept).toBeLessThan(full.bodies(4).length);
    // Running size 4 again with the same cap would find nothing new and charge its candidates once more.
    expect(bodies.grow(4, cap)).toBe(0);
    expect(bodies.bodies(4).length).toBe(kept);
    expect(bodies.grow(5, 1_000)).toBeGreaterThan(0);
  });

  it('keeps its largest bodies for ones that read the bound parameter (a substring test at every position)', () => {
    // Twelve cases of PSB2 indices-of-substring (text, target): x1 => text.slice(x1).startsWith(target) has five nodes,
    // and the largest size's 200 places used to fill, in the primitives' order, with bodies that ignore x1 as well.
    const cases: [string, string][] = [
      ['`"=$`"w`"4`"`"P', '`"'], ['$: V$: V$: V$: ', '$: V'], ['DF]@]+J', 'JBKS'], ['ax*aO^w', 'a'], ['>}', 'h:"'], ['K!', '?+'],
      ['a few ending <3<3<3', '<3'], ['4*K`lAK>~', 'Gi'], ['7S177S', '7S'], ['x3qx3qx3qx3qEp>gUx3q', 'x3q'], ['\\I4\\I4\\I4kS', '\\I4'], ['=V', '='],
    ];
    const params = [{ name: 's', type: 'string' as const }, { name: 't', type: 'string' as const }];
    const c = new GpContext({ params, returns: ['int[]'], train: cases.map((inputs) => ({ inputs, outputs: [[]] })), test: [] });
    const leafs: GpNode[] = [
      ...params.map((p): GpNode => ({ kind: 'var', ...p })),
      ...[0, 1, -1, 2].map((value): GpNode => ({ kind: 'const', type: 'int', value })),
      ...['', ' ', 'a', 'e', '<', '3'].map((value): GpNode => ({ kind: 'const', type: 'string', value })),
    ];
    const bodies = new LambdaBodies(c, buildTable(), 'boolean', x, leafs, cases);
    // No candidate cap here: what decides is which bodies take the largest size's places.
    bodies.grow(5, 1_000_000);
    const printed = bodies.bodies(5).map((b) => printNode(c, b, false, new Set()).replaceAll('charged(', '('));
    expect(printed.some((t) => /^\(+s\.slice\(x1\)\)+\.startsWith\(t\)$/.test(t))).toBe(true);
  });

  it("offers the bodies that read every bound parameter first (a fold's accumulator and element)", () => {
    const bound = [{ name: 'acc1', type: 'int' as const }, ...x];
    const bodies = new LambdaBodies(ctx, buildTable(), 'int', bound, leaves, inputs);
    bodies.grow(4, LAMBDA_BODY_LIMITS.maxCandidates);
    const readsAll = (t: string): boolean => /\bacc1\b/.test(t) && /\bx1\b/.test(t);
    for (const size of [3, 4]) {
      const printed = bodies.bodies(size).map((b) => printNode(ctx, b, false, new Set()));
      const firstPartial = printed.findIndex((t) => !readsAll(t));
      expect(firstPartial, printed.join(' | ')).toBeGreaterThan(0);
      expect(printed.slice(firstPartial).some(readsAll), printed.join(' | ')).toBe(false);
    }
  });

  it("gives a loop over a sentence's words words to test, so a word's length is not read as a sentence's or a character's", () => {
    const sentences = ['the quick brown fox', 'a bb ccc dddd eeeee', 'jumps over lazy dogs', 'hi there', 'one'];
    const words = new GpContext({ params: [{ name: 's', type: 'string' }], returns: ['int'], train: sentences.map((t) => ({ inputs: [t], outputs: [0] })), test: [], goal: 'longer than 3' });
    const three: GpNode = { kind: 'const', type: 'int', value: 3 };
    const shape = new LambdaBodies(words, buildTable(), 'boolean', [{ name: 'x1', type: 'string' }], [{ kind: 'var', type: 'string', name: 's' }, three, ...[0, 1, 2].map((value): GpNode => ({ kind: 'const', type: 'int', value }))], sentences.map((t) => [t]));
    shape.grow(4, LAMBDA_BODY_LIMITS.maxCandidates);
    const printed = shape.bodies(4).map((b) => printNode(words, b, false, new Set()));
    // With characters and whole sentences only as samples, "longer than 3" agreed with a smaller body and was dropped.
    expect(printed).toContain('(3 < x1.length)');
  });
});
