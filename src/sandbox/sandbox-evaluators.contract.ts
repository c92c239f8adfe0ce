import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Sandbox } from './sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageCandidate, stageFiles } from './sandbox-fixtures.js';

const SUM_TESTS = `import assert from 'node:assert/strict';
type Add = (a: number, b: number) => number;
export default {
  'adds small numbers': (add: Add): void => assert.equal(add(1, 2), 3),
  'adds negatives': async (add: Add): Promise<void> => assert.equal(await add(-1, -2), -3),
};
`;
const ZERO_TEST = `import assert from 'node:assert/strict';
export default (add: (a: number, b: number) => number, mod: { default: unknown }): void => {
  assert.equal(typeof mod.default, 'function');
  assert.equal(add.name, (mod.default as (...args: unknown[]) => unknown).name);
  assert.equal(add(0, 0), 0);
};
`;
const SQUARE_SCRIPT = `export async function evaluate(fn: (x: number) => number) {
  let correct = 0;
  for (let i = 0; i < 10; i++) if ((await fn(i)) === i * i) correct++;
  return { metrics: { accuracy: correct / 10, cases: 10 }, score: correct / 10 };
}
`;

/** The tests and script evaluators, async functions and several outputs. */
export function registerEvaluatorsContract(sandbox: Sandbox): void {
  const dir = (): string => stageFiles({ 'sum.test.ts': SUM_TESTS, 'zero.test.ts': ZERO_TEST, 'square.eval.ts': SQUARE_SCRIPT });
  const testsJob = (source: string) => {
    const d = dir();
    return { modulePath: stageCandidate(source), evaluator: { kind: 'tests' as const, files: [join(d, 'sum.test.ts'), join(d, 'zero.test.ts')] }, limits: CONTRACT_LIMITS };
  };

  it('runs TypeScript test files: every test passing solves', async () => {
    const ev = await sandbox.evaluate(testsJob('export default (a, b) => a + b;\n'));
    expect(ev).toMatchObject({ status: 'passed', solved: true, train: { passed: 3, total: 3 }, test: { passed: 0, total: 0 }, trainErrors: [0, 0, 0] });
  });

  it('reports failing tests by name with their assertion messages', async () => {
    const ev = await sandbox.evaluate(testsJob('export default (a, b) => a - b;\n'));
    expect(ev).toMatchObject({ status: 'failed', solved: false, train: { passed: 1, total: 3 }, trainErrors: [1, 1, 0] });
    expect(ev.failingCases.map((c) => c.input)).toEqual(['sum.test > adds small numbers', 'sum.test > adds negatives']);
    expect(ev.failingCases[0].error).toContain('Expected values to be strictly equal');
  });

  it('runs a script evaluator inside the sandbox and applies solvedAt', async () => {
    const square = stageCandidate('export default (x) => x * x;\n');
    const double = stageCandidate('export default (x) => x * 2;\n');
    const evaluator = { kind: 'script' as const, module: join(dir(), 'square.eval.ts'), solvedAt: 1 };
    const good = await sandbox.evaluate({ modulePath: square, evaluator, limits: CONTRACT_LIMITS });
    expect(good).toMatchObject({ status: 'passed', solved: true, scriptScore: 1, scriptMetrics: { accuracy: 1, cases: 10 } });
    const bad = await sandbox.evaluate({ modulePath: double, evaluator, limits: CONTRACT_LIMITS });
    expect(bad).toMatchObject({ status: 'failed', solved: false, scriptScore: 0.2, scriptMetrics: { accuracy: 0.2 } });
  });

  it('awaits async functions and fails a promise that never settles without ending the run', async () => {
    const cases = exampleSet([[[1, 2], [3]], [[5, 5], [10]]]);
    const good = await sandbox.evaluate({ modulePath: stageCandidate('export default async (a, b) => a + b;\n'), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });
    expect(good).toMatchObject({ status: 'passed', solved: true });
    const hung = await sandbox.evaluate({
      modulePath: stageCandidate('export default (a, b) => a === 1 ? new Promise(() => {}) : a + b;\n'),
      evaluator: { kind: 'examples', cases },
      limits: CONTRACT_LIMITS,
    });
    expect(hung).toMatchObject({ status: 'failed', trainErrors: [1_000_000, 0] });
    expect(hung.failingCases[0].error).toMatch(/^threw: async call still pending after \d+ ms/);
  });

  it('scores several outputs returned as a tuple, summing their errors', async () => {
    const cases = exampleSet([[[2, 3], [5, 6]], [[1, 1], [2, 1]]]);
    const tuple = await sandbox.evaluate({ modulePath: stageCandidate('export default (a, b) => [a + b, a * b + (a === 1 ? 3 : 0)];\n'), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });
    expect(tuple).toMatchObject({ status: 'failed', trainErrors: [0, 3] });
    const single = await sandbox.evaluate({ modulePath: stageCandidate('export default (a, b) => a + b;\n'), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });
    expect(single.trainErrors).toEqual([1_000_000, 1_000_000]);
  });

  it('keeps undefined, NaN and -0 apart from real answers', async () => {
    const cases = exampleSet([[[0], [0]], [[1], [1]], [[2], [2]]]);
    const ev = await sandbox.evaluate({ modulePath: stageCandidate('export default (x) => [-0, undefined, NaN][x];\n'), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });
    expect(ev.trainErrors).toEqual([0, 1_000_000, 1_000_000]);
    expect(ev.failingCases.map((c) => c.actual)).toEqual([undefined, Number.NaN]);
  });
}
