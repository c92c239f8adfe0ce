import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScriptGp, type ScriptGpProblem } from './run-script-gp.js';

/** A problem over one number whose evaluator module has the given body. */
function problem(body: string, solvedAt: number): ScriptGpProblem {
  const file = join(mkdtempSync(join(tmpdir(), 'heph-script-gp-')), 'evaluate.ts');
  writeFileSync(file, `export function evaluate(f: (x: number) => number) {\n${body}\n}\n`);
  return { params: [{ name: 'x', type: 'float' }], returns: ['float'], train: [], test: [], script: { evaluator: file, solvedAt, timeoutMs: 2000 } };
}

describe('runScriptGp', () => {
  it('evolves a program whose per-instance results are its lexicase cases, one execution per instance, in worker threads', async () => {
    const cubes = problem('const cases = [1, 2, 3, 4].map((x) => -Math.abs(f(x) - x * x * x));\nreturn { metrics: {}, score: Math.min(...cases), cases };', 0);
    // A small search: any of three seeds may be the one that finds x * x * x (the variation operators decide which).
    let result = await runScriptGp(cubes, { seed: 1, maxExecutions: 400_000, population: 100, maxGenerations: 40, workers: 2 });
    for (let seed = 2; seed <= 3 && !result.solved; seed++) result = await runScriptGp(cubes, { seed, maxExecutions: 400_000, population: 100, maxGenerations: 40, workers: 2 });
    expect(result.solved).toBe(true);
    expect(result.elites[0].totalError).toBe(0);
    expect(result.executions % 4).toBe(0);
    expect(result.code).toContain('export default function evolved(x: number): number');
  });

  it('maximises the score alone when the evaluator gives no per-instance results, tuning the constants it needs', async () => {
    const near = problem('return { metrics: {}, score: -Math.abs(f(2) - 7.77) };', -0.001);
    const result = await runScriptGp(near, { seed: 2, maxExecutions: 100_000, population: 60, maxGenerations: 20, workers: 1 });
    expect(result.solved).toBe(true);
    expect(result.elites[0].totalError).toBeLessThanOrEqual(0.001);
  });

  it('stops at the execution budget and returns the best program found', async () => {
    // The score is below -1 whatever f does, so no program reaches 0 (a target such as 1e9 is reachable: 1000 * 1000 * 1000).
    const never = problem('return { metrics: {}, score: -1 - Math.abs(f(1) - 7), cases: [-1 - Math.abs(f(1) - 7)] };', 0);
    const result = await runScriptGp(never, { seed: 3, maxExecutions: 500, population: 50, workers: 1 });
    expect(result.solved).toBe(false);
    expect(result.executions).toBeLessThanOrEqual(500 + 50 * 8);
    expect(result.elites.length).toBeGreaterThan(0);
  });
});
