import type { GpOptions, GpProblem } from '../../src/engines/gp/gp-api.js';
import { runGp } from '../../src/engines/gp/run-gp.js';
import { bodyLines } from './body-lines.js';
import { PeakRss } from './peak-rss.js';
import type { RunOutcome } from './run-outcome.js';

/** Settings shared by every run of a benchmark invocation. */
export interface BenchSettings {
  runs: number;
  evaluations: number;
  seed: number;
  population?: number;
  workers?: number;
  /** Islands (0 or absent: one per core, 1: a single population). */
  islands?: number;
  selection?: GpOptions['selection'];
  signal?: AbortSignal;
}

/**
 * Runs one problem `runs` times in sequence (each run already uses every core), run i with seed `seed + i`;
 * a run succeeds only when its program passes every train and every test case, as in the PSB papers.
 */
export async function runProblem(name: string, problem: GpProblem, settings: BenchSettings, log: (line: string) => void): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (let i = 0; i < settings.runs && !settings.signal?.aborted; i++) {
    const seed = settings.seed + i;
    const rss = new PeakRss();
    const result = await runGp(problem, {
      seed,
      maxExecutions: settings.evaluations,
      population: settings.population,
      workers: settings.workers,
      islands: settings.islands,
      selection: settings.selection,
      signal: settings.signal,
    });
    const peakRssBytes = rss.stop();
    if (settings.signal?.aborted) break; // an interrupted run is no sample of the engine's success rate
    const trainPerfect = result.trainPassed === problem.train.length;
    const solved = trainPerfect && result.testPassed === problem.test.length;
    const executionsRun = result.executionsRun ?? result.executions;
    const lines = solved ? bodyLines(result.code) : undefined;
    outcomes.push({
      seed, solved, executions: result.executions, executionsRun, wallMs: result.wallMs, trainPassed: result.trainPassed, testPassed: result.testPassed,
      trainPerfect, peakRssBytes, bodyLines: lines, endedBy: solved ? 'solved' : 'budget',
    });
    log(
      `${name} run ${i + 1}/${settings.runs} seed ${seed}: ${solved ? 'solved' : 'not solved'}, ` +
        `train ${result.trainPassed}/${problem.train.length}, test ${result.testPassed}/${problem.test.length}, ` +
        `${result.executions} executions (${executionsRun} run), ${(result.wallMs / 1000).toFixed(1)} s, ${result.generations} generations, ` +
        `peak RSS ${Math.round(peakRssBytes / 2 ** 20)} MB, train-perfect programs ${result.overfit.trainPerfect} (${result.overfit.failedTest} failed a test case)` +
        (lines === undefined ? '' : `, body ${lines} lines`),
    );
  }
  return outcomes;
}
