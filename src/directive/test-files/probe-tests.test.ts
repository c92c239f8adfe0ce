import { describe, expect, it } from 'vitest';
import { readTestFiles } from './load-test-files.js';
import { probeTests } from './probe-tests.js';
import { testsDirectiveFixture } from './tests-directive-fixture.js';

const SHAPES = `import assert from 'node:assert/strict';
import { strict as strictAssert } from 'node:assert';
type F = (a: number, b: number) => number;
export default {
  literal: (f: F) => assert.equal(f(2, 3), 5),
  reversed: (f: F) => strictAssert.deepStrictEqual(7, f(3, 4)),
  paired: (f: F) => assert.deepEqual([f(1, 1), f(0, 9)], [2, 9]),
  table: (f: F) => { for (const [a, b] of [[10, 1], [20, 2]]) assert.equal(f(a, b), a + b); },
  property: (f: F) => { assert.ok(f(1, 2) > 0); assert(f(2, 1) === 3); },
  'stops early': (f: F) => { assert.equal(f(5, 5), 10); (f(1, 1) as unknown as { x: { y: number } }).x.y; assert.equal(f(6, 6), 12); },
  later: async (f: F) => { await Promise.resolve(); assert.equal(await f(8, 1), 9); },
  loops: (f: F) => { let n = 0; while ((f(n, 0) as unknown) !== 3) n++; },
};
`;

describe('probeTests', () => {
  it('reads fn(args) compared with a value as a case, however the value was written, and counts every assertion', async () => {
    const directive = testsDirectiveFixture('(a: number, b: number) => number', { 'shapes.test.ts': SHAPES });
    const probe = await probeTests(readTestFiles(directive.evaluator.kind === 'tests' ? directive.evaluator.files : []), 1, 200);
    expect(probe.tests.map((t) => t.name)).toEqual(['literal', 'reversed', 'paired', 'table', 'property', 'stops early', 'later', 'loops'].map((n) => `shapes.test > ${n}`));
    expect(probe.examples).toEqual(
      [[[2, 3], 5], [[3, 4], 7], [[1, 1], 2], [[0, 9], 9], [[10, 1], 11], [[20, 2], 22], [[5, 5], 10], [[8, 1], 9]].map(([inputs, out]) => ({ inputs, outputs: [out] })),
    );
    expect(probe.assertions).toEqual([1, 1, 1, 2, 2, 1, 1, 0]);
    // Only the property test's two assertions gave no literal case: each will be a case of its own.
    expect(probe.nonLiteral).toEqual([[], [], [], [], [0, 1], [], [], []]);
    // The looping test ends at the probe's call limit; the calls it made still type the parameters.
    expect(probe.calls.length).toBeGreaterThan(10_000);
  });

  it('reads tuples as whole outputs and loads a file whose default export is one test', async () => {
    const source = `import assert from 'node:assert';\nexport default (f: (s: string) => [string, number]) => { assert.deepStrictEqual(f('ab'), ['ba', 2]); assert.deepStrictEqual(f('x'), ['x']); };\n`;
    const directive = testsDirectiveFixture('(s: string) => [string, number]', { 'pair.test.ts': source });
    const probe = await probeTests(readTestFiles(directive.evaluator.kind === 'tests' ? directive.evaluator.files : []), 2, 200);
    expect(probe.tests).toEqual([{ name: 'pair.test', broken: undefined }]);
    expect(probe.examples).toEqual([{ inputs: ['ab'], outputs: ['ba', 2] }]);
  });
});
