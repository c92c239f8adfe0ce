import { describe, expect, it } from 'vitest';
import { resultsTable } from './results-table.js';
import type { RunOutcome } from './run-outcome.js';
import { summarizeRuns } from './summarize-runs.js';
import { wilsonInterval } from './wilson-interval.js';

const run = (solved: boolean, executions: number, wallMs: number, peakRssBytes = 2 ** 28, bodyLines = solved ? 4 : undefined): RunOutcome => ({
  seed: 1,
  solved,
  executions,
  executionsRun: executions / 2,
  wallMs,
  trainPassed: 0,
  testPassed: 0,
  trainPerfect: solved,
  peakRssBytes,
  bodyLines,
  endedBy: solved ? 'solved' : 'budget',
});

describe('benchmark summaries', () => {
  it('computes the 95% Wilson interval', () => {
    const { low, high } = wilsonInterval(82, 100);
    expect(low).toBeCloseTo(0.733, 3);
    expect(high).toBeCloseTo(0.883, 3);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.278, 3);
  });

  it('takes the median executions over successes only and the wall time over all runs', () => {
    const summary = summarizeRuns('fizz-buzz', 'i -> s', [run(true, 100, 1000), run(false, 1000, 3000, 2 ** 30), run(true, 300, 2000), run(true, 200, 5000)]);
    expect(summary.successes).toBe(3);
    expect(summary.medianExecutionsToSolution).toBe(200);
    expect(summary.medianWallMs).toBe(2500);
    expect(summary.executionsPerSecond).toBeCloseTo(1600 / 11, 6);
    expect(summary.executionsRunPerSecond).toBeCloseTo(800 / 11, 6);
    expect(summary.peakRssBytes).toBe(2 ** 30);
  });

  it('takes the median body length over solutions and counts overfit runs among the train-perfect ones', () => {
    const overfit = { ...run(false, 50, 10), trainPerfect: true };
    const summary = summarizeRuns('p', 'i -> i', [run(true, 1, 1, 1, 3), run(true, 1, 1, 1, 9), run(true, 1, 1, 1, 5), overfit, run(false, 1, 1)]);
    expect(summary.medianBodyLines).toBe(5);
    expect(summary.overfit).toEqual({ trainPerfect: 4, failedTest: 1 });
    expect(summarizeRuns('p', 'i -> i', [run(false, 1, 1)]).medianBodyLines).toBeUndefined();
  });

  it('prints a row per problem with the PushGP reference or a dash', () => {
    const rows = [summarizeRuns('fizz-buzz', 'i -> s', [run(true, 2_500_000, 12_000)]), summarizeRuns('median', 'i,i,i -> i', [run(false, 10, 10)])];
    const lines = resultsTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| fizz-buzz | i -> s | 1/1 | 21%–100% | 2.5M | 12 s | 208.3k | 104.2k | 256 MB | 4 | 0/1 | solved 1 | 82 |');
    expect(lines[3]).toBe('| median | i,i,i -> i | 0/1 | 0%–79% | — | 0.0 s | 1.0k | 500 | 256 MB | — | — | budget 1 | — |');
  });

  it('counts what ended the runs, most frequent first', () => {
    const paused = { ...run(false, 5, 5), endedBy: 'paused' };
    const summary = summarizeRuns('p', 'i -> i', [paused, run(true, 1, 1), paused, run(false, 1, 1), paused]);
    expect(summary.endedBy).toEqual([['paused', 3], ['solved', 1], ['budget', 1]]);
    expect(resultsTable([summary])).toContain('| paused 3, solved 1, budget 1 |');
  });
});
