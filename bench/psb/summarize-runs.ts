import type { RunOutcome } from './run-outcome.js';
import { wilsonInterval } from './wilson-interval.js';

/** One row of the results table: the runs of one problem reduced to the reported figures. */
export interface ProblemSummary {
  problem: string;
  /** Types as in the data README: "i,s -> b". */
  types: string;
  runs: number;
  successes: number;
  interval: { low: number; high: number };
  /** Median program executions to solution over the successful runs; undefined without a success. */
  medianExecutionsToSolution?: number;
  medianWallMs: number;
  executionsPerSecond: number;
  /** Executions actually run per second (cache hits excluded). */
  executionsRunPerSecond: number;
  /** Largest peak resident memory over the runs, in bytes. */
  peakRssBytes: number;
  /** Median body length in lines of the solutions; undefined without a success. */
  medianBodyLines?: number;
  /** Runs whose best program passed every train case, and how many of those failed a test case (overfit). */
  overfit: { trainPerfect: number; failedTest: number };
  /** How many runs each cause ended ("solved", "budget", "paused"…), most frequent first. */
  endedBy: [string, number][];
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Reduces one problem's runs to its table row. */
export function summarizeRuns(problem: string, types: string, outcomes: RunOutcome[]): ProblemSummary {
  const successes = outcomes.filter((o) => o.solved);
  const executions = outcomes.reduce((sum, o) => sum + o.executions, 0);
  const wallMs = outcomes.reduce((sum, o) => sum + o.wallMs, 0);
  const run = outcomes.reduce((sum, o) => sum + o.executionsRun, 0);
  return {
    problem,
    types,
    runs: outcomes.length,
    successes: successes.length,
    interval: wilsonInterval(successes.length, outcomes.length),
    medianExecutionsToSolution: median(successes.map((o) => o.executions)),
    medianWallMs: median(outcomes.map((o) => o.wallMs)) ?? 0,
    executionsPerSecond: wallMs > 0 ? (executions / wallMs) * 1000 : 0,
    executionsRunPerSecond: wallMs > 0 ? (run / wallMs) * 1000 : 0,
    peakRssBytes: Math.max(0, ...outcomes.map((o) => o.peakRssBytes)),
    medianBodyLines: median(successes.flatMap((o) => (o.bodyLines === undefined ? [] : [o.bodyLines]))),
    overfit: { trainPerfect: outcomes.filter((o) => o.trainPerfect).length, failedTest: outcomes.filter((o) => o.trainPerfect && !o.solved).length },
    endedBy: [...outcomes.reduce((n, o) => n.set(o.endedBy, (n.get(o.endedBy) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]),
  };
}
