import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPsbProblem } from './load-psb-problem.js';
import { resultsTable } from './results-table.js';
import { runProblem } from './run-problem.js';
import { runViaForge } from './run-via-forge.js';
import { summarizeRuns } from './summarize-runs.js';

const line = ([a, b]: number[]) => JSON.stringify({ input1: a, input2: b, output1: Math.max(a, b) });
const data = mkdtempSync(join(tmpdir(), 'psb-forge-'));
mkdirSync(join(data, 'max'));
writeFileSync(join(data, 'max', 'train.jsonl'), [[1, 2], [5, -3], [0, 0], [-7, -2], [9, 9], [3, 8], [-1, 4], [6, 2], [10, -10], [-5, -6]].map(line).join('\n'));
writeFileSync(join(data, 'max', 'test.jsonl'), [[4, 4], [-3, 7], [12, 11], [-8, -9]].map(line).join('\n'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('runViaForge', () => {
  it('runs each seed as the real CLI in a child process and fills the same row as the core', async () => {
    const problem = loadPsbProblem(data, 'max');
    const settings = { runs: 2, evaluations: 200_000, seed: 40, population: 100, workers: 1 };
    const lines: string[] = [];
    const outcomes = await runViaForge(data, 'max', problem, settings, (l) => lines.push(l));
    expect(outcomes.map((o) => o.seed)).toEqual([40, 41]);
    expect(lines).toHaveLength(2);
    for (const o of outcomes) {
      // A solved directive is one whose promoted candidate passes every train and test case, and it stops the run early.
      if (o.solved) expect([o.trainPassed, o.testPassed, o.trainPerfect]).toEqual([10, 4, true]);
      // The module the child process wrote to nodes/ is read back before the project is removed.
      if (o.solved) expect(o.bodyLines).toBeGreaterThan(0);
      if (o.solved) expect(o.executions).toBeLessThan(200_000);
      // What ended it is the forge's own halt reason for an unsolved run (the budget here, or a custodian's pause).
      expect(o.solved ? o.endedBy === 'solved' : ['budget', 'paused', 'stagnation'].includes(o.endedBy)).toBe(true);
      expect(o.executions).toBeGreaterThan(0);
      // The budget is checked after each cycle, and one cycle never runs more than the budget.
      expect(o.executions).toBeLessThan(400_000);
      expect(o.wallMs).toBeGreaterThan(0);
      // The child's tree: a Node process with tsx loaded is well above 20 MB.
      expect(o.peakRssBytes).toBeGreaterThan(20 * 2 ** 20);
    }
    expect(outcomes.some((o) => o.solved)).toBe(true);
    const core = await runProblem('max', problem, { ...settings, runs: 1 }, () => undefined);
    const header = (table: string) => table.split('\n')[0];
    const forgeTable = resultsTable([summarizeRuns('max', 'i,i -> i', outcomes)]);
    expect(header(forgeTable)).toBe(header(resultsTable([summarizeRuns('max', 'i,i -> i', core)])));
    expect(forgeTable.split('\n')[2]).toMatch(/^\| max \| i,i -> i \| [12]\/2 \|/);
  }, 180_000);

  it('counts a run whose process ends without an outcome as a failed run and says why', async () => {
    const problem = loadPsbProblem(data, 'max');
    const lines: string[] = [];
    // The config refuses a population under 10, so the CLI exits 2 before it forges anything.
    const outcomes = await runViaForge(data, 'max', problem, { runs: 1, evaluations: 1000, seed: 1, population: 5 }, (l) => lines.push(l));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ solved: false, trainPerfect: false, executions: 0, endedBy: 'exit 2' });
    expect(lines[0]).toMatch(/exited 2 without an outcome:[\s\S]*population/);
  }, 60_000);
});
