import { describe, expect, it } from 'vitest';
import { gpProblemFromTests } from './gp-problem-from-tests.js';
import { testsDirectiveFixture } from '../../directive/test-files/tests-directive-fixture.js';

describe('gpProblemFromTests', () => {
  it('settles int or float from the values the tests use, and keeps only cases that fit the types', async () => {
    const source = `import assert from 'node:assert/strict';
export default {
  halves: (f: (xs: number[]) => number) => { assert.equal(f([1, 2]), 1.5); assert.equal(f([4]), 'four'); },
  named: (f: (xs: number[]) => number) => assert.ok(f([3]) >= 0),
};
`;
    const problem = await gpProblemFromTests(testsDirectiveFixture('(xs: number[]) => number', { 'mean.test.ts': source }, 'Mean of the numbers.'));
    expect(problem.params).toEqual([{ name: 'xs', type: 'int[]' }]);
    expect(problem.returns).toEqual(['float']);
    expect(problem.train).toEqual([{ inputs: [[1, 2]], outputs: [1.5] }]);
    expect(problem.tests?.names).toEqual(['mean.test > halves', 'mean.test > named']);
    expect(problem).toMatchObject({ name: 'testsFixture', goal: 'Mean of the numbers.', test: [] });
  });

  it('serves a suite with no literal case at all: every named test is a case, numbers int unless a value says otherwise', async () => {
    const source = `import assert from 'node:assert/strict';\nexport default (f: (n: number) => boolean) => { assert.ok(f(4)); assert.ok(!f(3)); };\n`;
    const problem = await gpProblemFromTests(testsDirectiveFixture('(n: number) => boolean', { 'even.test.ts': source }));
    expect(problem).toMatchObject({ params: [{ type: 'int' }], returns: ['boolean'], train: [] });
    expect(problem.tests?.names).toEqual(['even.test']);
  });

  it('refuses a signature beyond the type system naming the type and the field, and a test file it cannot load naming the file', async () => {
    const ok = `export default () => undefined;\n`;
    await expect(gpProblemFromTests(testsDirectiveFixture('(p: { x: number }) => number', { 'a.test.ts': ok }))).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      field: 'signature',
      message: expect.stringMatching(/parameter "p" has type \{ x: number \}/),
    });
    await expect(gpProblemFromTests(testsDirectiveFixture('(n: number) => number', { 'b.test.ts': 'export default 42;\n' }))).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      field: 'evaluator.files',
      message: expect.stringMatching(/b\.test\.ts: evaluator\.files: test "b.test": the default export is neither a test function/),
    });
  });
});
