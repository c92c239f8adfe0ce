import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A working directory holding the given files, with a `module.ts` computing `a - b`. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'heph-eval-verdict-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'module.ts'), 'export default function diff(a: number, b: number): number {\n  return a - b;\n}\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const directive = (evaluator: object): string => JSON.stringify({ id: 'diff', goal: 'Absolute difference.', signature: '(a: number, b: number) => number', evaluator });
const cases = (pairs: number[][]): string => pairs.map(([a, b]) => JSON.stringify({ input1: a, input2: b, output1: Math.abs(a - b) })).join('\n');

describe('hephaestus eval verdicts', () => {
  it('counts the held-out test cases in the score it prints, and names the train-only forge score beside it', () => {
    // Every train case has a >= b, so `a - b` passes train and fails every test case.
    const work = workspace({ 'directive.json': directive({ kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' }), 'train.jsonl': cases([[5, 2], [9, 1], [4, 4]]), 'test.jsonl': cases([[1, 5], [2, 9], [0, 3]]) });
    const json = JSON.parse(cli(work, ['eval', 'directive.json', 'module.ts', '--json']).stdout);
    expect(json).toMatchObject({ solved: false, trainPassRate: 1, testPassRate: 0 });
    expect(json.trainScore).toBeGreaterThan(0.99);
    expect(json.score).toBeLessThan(0.6);
    const text = cli(work, ['eval', 'directive.json', 'module.ts']).stdout;
    expect(text).toMatch(/score 0\.[0-5]\d{3} {2}\(forge score, train only: 0\.99\d\d\)/);
  });

  it('keeps a script score in [0, 1] and says when the evaluator returned more', () => {
    const evaluate = 'export function evaluate(fn: (a: number, b: number) => number) {\n  return { score: fn(3, 1) - 0.0001, metrics: {}, solved: true };\n}\n';
    const work = workspace({ 'directive.json': directive({ kind: 'script', module: 'evaluate.ts' }), 'evaluate.ts': evaluate });
    const result = cli(work, ['eval', 'directive.json', 'module.ts']);
    expect(result.status, result.stderr).toBe(0);
    const score = Number(/score (\S+)/.exec(result.stdout)?.[1]);
    expect(score).toBeGreaterThan(0.99);
    expect(score).toBeLessThanOrEqual(1);
    expect(result.stdout).toContain('note: script score 1.9999 is outside [0, 1]');
    const json = JSON.parse(cli(work, ['eval', 'directive.json', 'module.ts', '--json']).stdout);
    expect(json.metrics).toMatchObject({ script_score: 1, script_score_reported: 1.9999 });
  });

  it('prints a failing test with its assertion message, not "expected undefined got undefined"', () => {
    const test = "import assert from 'node:assert/strict';\nexport default {\n  'order does not matter': (f: (a: number, b: number) => number): void => assert.equal(f(2, 9), 7),\n};\n";
    const work = workspace({ 'directive.json': directive({ kind: 'tests', files: ['diff.test.ts'] }), 'diff.test.ts': test });
    const result = cli(work, ['eval', 'directive.json', 'module.ts']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).not.toContain('expected undefined');
    expect(result.stdout).toMatch(/✗ train#0 diff.test > order does not matter: Expected values to be strictly equal: -7 !== 7/);
  });
});
