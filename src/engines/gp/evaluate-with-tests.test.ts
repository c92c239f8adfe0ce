import { describe, expect, it } from 'vitest';
import { buildTable } from '../../programs/compile-program.js';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from '../../programs/evaluate-programs.js';
import { evaluateWithTests, loadSuite } from './evaluate-with-tests.js';
import { gpProblemFromTests, TEST_WALL_MS } from './gp-problem-from-tests.js';
import { testsDirectiveFixture } from '../../directive/test-files/tests-directive-fixture.js';

const TESTS = `import assert from 'node:assert/strict';
type F = (a: number, b: number) => number;
export default {
  sums: (f: F) => { assert.equal(f(1, 2), 3); assert.equal(f(2, 2), 4); assert.equal(f(0, 5), 5); },
  positive: (f: F) => { assert.equal(f.length, 2); assert.ok(f(1, 1) > 0); },
  'loops until right': (f: F) => { let n = 0; while (f(n, 1) !== -1) n++; },
  'never settles': async (f: F) => { f(1, 1); await new Promise(() => undefined); },
  'loops on the output': (f: F) => { const n = f(1, 1); let i = 0; while (i !== n) i += 3; },
};
`;

describe('evaluateWithTests', () => {
  it('scores examples by their error and tests pass/fail, graded by the assertions passed, each test bounded in time', async () => {
    const problem = await gpProblemFromTests(testsDirectiveFixture('(a: number, b: number) => number', { 'add.test.ts': TESTS }));
    expect(problem.train).toEqual([{ inputs: [1, 2], outputs: [3] }, { inputs: [2, 2], outputs: [4] }, { inputs: [0, 5], outputs: [5] }]);
    expect(problem.tests?.assertions).toEqual([3, 2, 0, 0, 0]);
    const cases = toCaseSet(problem.train, problem.returns, problem.tests);
    const table = buildTable();
    const add = 'function (a, b) { return a + b; }';
    const firstRight = 'function (a, b) { return a === 1 ? 3 : 0; }';
    const started = performance.now();
    // Cases after the three examples: sums; positive, then its two assertions (no literal case); the three that loop.
    expect(problem.tests?.cases).toEqual([{ test: 0 }, { test: 1 }, { test: 1, assertion: 0 }, { test: 1, assertion: 1 }, { test: 2 }, { test: 3 }, { test: 4 }]);
    const errors = await evaluateWithTests([add, firstRight], table, cases, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], loadSuite(problem.tests!));
    // add: every example and the first two tests pass; the third loops until its time is up; the fourth never settles;
    // the fifth loops on the output without calling the program (2 is never a multiple of 3) and is stopped all the same.
    expect([...errors.subarray(0, 10)]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    // firstRight passes the first of the three assertions of "sums": its error is 1 - 1/4; its output 3 ends the loop.
    expect([...errors.subarray(10)]).toEqual([0, 4, 5, 0.75, 0, 0, 0, 1, 1, 0]);
    // Each program spends at most the wall bound on each test that never ends.
    expect(performance.now() - started).toBeLessThan(5 * TEST_WALL_MS + 1000);
  });

  it('runs the work of concurrent calls one after another, so the counts of one test never mix with another', async () => {
    const problem = await gpProblemFromTests(testsDirectiveFixture('(a: number, b: number) => number', { 'add.test.ts': TESTS }));
    const cases = toCaseSet(problem.train, problem.returns, problem.tests);
    const suite = loadSuite(problem.tests!);
    const table = buildTable();
    const firstRight = 'function (a, b) { return a === 1 ? 3 : 0; }';
    const twoRight = 'function (a, b) { return a === 1 ? 3 : a === 2 ? 4 : 0; }';
    const [one, two] = await Promise.all([evaluateWithTests([firstRight], table, cases, [3], suite), evaluateWithTests([twoRight], table, cases, [3], suite)]);
    expect([one[0], two[0]]).toEqual([0.75, 0.5]);
  });

  it('gives the same errors in worker threads, which load the suite themselves, as in this thread', async () => {
    const problem = await gpProblemFromTests(testsDirectiveFixture('(a: number, b: number) => number', { 'add.test.ts': TESTS }));
    const cases = { train: toCaseSet(problem.train, problem.returns, problem.tests), test: toCaseSet([], problem.returns) };
    const sources = ['function (a, b) { return a + b; }', 'function (a, b) { return a === 1 ? 3 : 0; }', 'function (a, b) { return a - b; }'];
    const indices = Int32Array.from([0, 1, 2, 3, 4, 5, 6]);
    const inThread = new EvalPool(cases, 1);
    const workers = new EvalPool(cases, 2);
    try {
      const [here, there] = await Promise.all([inThread.evaluate(sources, 'train', indices), workers.evaluate(sources, 'train', indices)]);
      expect([...there]).toEqual([...here]);
      // a - b gets past the arity check of "positive" (the first of its two assertions, each a case), then fails it.
      expect([...here]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 4, 5, 0.75, 0, 0, 0, 4, 4, 10, 1, 1 - 1 / 3, 0, 1]);
    } finally {
      await Promise.all([inThread.close(), workers.close()]);
    }
  });
});
