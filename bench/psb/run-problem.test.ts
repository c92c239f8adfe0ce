import { describe, expect, it } from 'vitest';
import type { GpProblem } from '../../src/engines/gp/gp-api.js';
import { runProblem } from './run-problem.js';

const cases = (xs: number[][]) => xs.map(([a, b]) => ({ inputs: [a, b], outputs: [Math.max(a, b)] }));

describe('runProblem', () => {
  it('runs seeded runs in sequence and counts a success only when every train and test case passes', async () => {
    const problem: GpProblem = {
      params: [{ name: 'input1', type: 'int' }, { name: 'input2', type: 'int' }],
      returns: ['int'],
      train: cases([[1, 2], [5, -3], [0, 0], [-7, -2], [9, 9], [3, 8], [-1, 4], [6, 2], [10, -10], [-5, -6]]),
      test: cases([[4, 4], [-3, 7], [12, 11], [-8, -9]]),
    };
    const lines: string[] = [];
    const outcomes = await runProblem('max', problem, { runs: 2, evaluations: 200_000, seed: 40, population: 100, workers: 1 }, (l) => lines.push(l));
    expect(outcomes.map((o) => o.seed)).toEqual([40, 41]);
    expect(lines).toHaveLength(2);
    for (const o of outcomes) {
      expect(o.solved).toBe(o.trainPassed === 10 && o.testPassed === 4);
      expect(o.executions).toBeGreaterThan(0);
      expect(o.executions).toBeLessThanOrEqual(200_000);
      expect(o.executionsRun).toBeLessThanOrEqual(o.executions);
      expect(o.peakRssBytes).toBeGreaterThan(2 ** 20);
    }
    expect(outcomes.some((o) => o.solved)).toBe(true);
  });
});
