import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirective } from '../../directive/load-directive.js';
import { loadConfig } from '../../config/load-config.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../../sandbox/sandbox-options-from-config.js';
import { directiveBundle } from './directive-bundle.js';
import { evaluatePayload } from './evaluate-payload.js';

const CODE = 'export default function double(x: number): number {\n  return x * 2;\n}\n';

// What a worker does with a job, without the queue: the directive's test and script files, sent as text, judge the
// candidate as they would in process.
describe('evaluatePayload with the files of a tests or script directive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heph-payload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sandbox = createSandbox(sandboxOptionsFromConfig(loadConfig(dir)));
  const directiveWith = (id: string, evaluator: object): ReturnType<typeof loadDirective> => {
    writeFileSync(join(dir, `${id}.json`), JSON.stringify({ id, goal: 'Double a number.', signature: '(x: number) => number', evaluator }));
    return loadDirective(join(dir, `${id}.json`));
  };
  const payload = (directive: ReturnType<typeof loadDirective>) => ({ directive: directiveBundle(directive, undefined), code: CODE, trust: 'untrusted' as const, maxOutputBytes: 65_536, weights: {} });

  it('runs the test files under their own names', async () => {
    writeFileSync(join(dir, 'doubles.test.ts'), "import assert from 'node:assert';\nexport default { two: (fn: (x: number) => number) => assert.equal(fn(1), 2), six: (fn: (x: number) => number) => assert.equal(fn(3), 6) };\n");
    const job = payload(directiveWith('doubling', { kind: 'tests', files: ['doubles.test.ts'] }));
    // The file was read into the bundle: the worker never sees the controller's path.
    rmSync(join(dir, 'doubles.test.ts'));
    const good = await evaluatePayload(job, sandbox, dir);
    expect(good.evaluation).toMatchObject({ status: 'passed', solved: true });
    const bad = await evaluatePayload({ ...job, code: CODE.replace('* 2', '+ 2') }, sandbox, dir);
    expect(bad.evaluation?.failingCases.map((c) => c.input)).toEqual(expect.arrayContaining([expect.stringContaining('two')]));
  });

  it('runs a script evaluator sent as text', async () => {
    writeFileSync(join(dir, 'judge.ts'), 'export function evaluate(fn: (x: number) => number) {\n  const score = fn(21) === 42 ? 1 : 0;\n  return { metrics: { answer: fn(21) }, score };\n}\n');
    const job = payload(directiveWith('judged', { kind: 'script', module: 'judge.ts', solvedAt: 1 }));
    rmSync(join(dir, 'judge.ts'));
    const result = await evaluatePayload(job, sandbox, dir);
    expect(result.evaluation).toMatchObject({ solved: true, scriptScore: 1, scriptMetrics: { answer: 42 } });
    expect(result.build.stagingDir).toBe('');
  });
});
