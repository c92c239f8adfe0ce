import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry, startRun } from '../../src/index.js';
import type { GpProblem } from '../../src/index.js';
import { writePsbDirective } from '../autonomous/write-psb-directive.js';
import { PeakRss } from './peak-rss.js';
import type { BenchSettings } from './run-problem.js';
import type { RunOutcome } from './run-outcome.js';

/**
 * Runs one PSB-layout problem `runs` times through the forge, as `hephaestus run --engine gp --seed S` would in a fresh
 * project: the problem becomes a directive (its signature, train and test files), `gp.max_executions` is the core's
 * `--evaluations`, and each run's row comes from the run's outcome and registry (solved = a candidate passed every train
 * and test case and was promoted; executions = the run's program-execution counter).
 */
export async function runViaForge(data: string, name: string, problem: GpProblem, settings: BenchSettings, log: (line: string) => void): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (let i = 0; i < settings.runs && !settings.signal?.aborted; i++) {
    const seed = settings.seed + i;
    const workDir = mkdtempSync(join(tmpdir(), 'heph-psb-forge-'));
    try {
      mkdirSync(join(workDir, 'config'), { recursive: true });
      // Only the offline engine's knobs the core run also gets; everything else is the project default.
      const gp = { max_executions: settings.evaluations, population: settings.population, workers: settings.workers, islands: settings.islands };
      writeFileSync(join(workDir, 'config', 'forge_config.json'), JSON.stringify({ gp }, null, 2));
      const file = writePsbDirective(data, name, join(workDir, 'directives'));
      const rss = new PeakRss();
      const started = Date.now();
      const outcome = await startRun({ workDir, directiveFiles: [file], engine: 'gp', seed, handleSignals: true, log: () => undefined });
      const wallMs = Date.now() - started;
      const peakRssBytes = rss.stop();
      if (settings.signal?.aborted || outcome.status === 'stopped') break; // Ctrl-C stops the forge too; an interrupted run is no sample
      const registry = openRegistry(workDir);
      const executions = registry.getRun(outcome.runId)?.checkpoint[`${name}.executions`] ?? 0;
      const metrics = registry.best(name)?.metrics ?? {};
      registry.close();
      const directive = outcome.directives.find((d) => d.id === name);
      const solved = directive?.solved ?? false;
      const trainPassed = Math.round((metrics.train_pass_rate ?? 0) * problem.train.length);
      const testPassed = Math.round((metrics.test_pass_rate ?? 0) * problem.test.length);
      // The forge counts only executions; cache hits are not reported apart, so executionsRun equals executions.
      outcomes.push({ seed, solved, executions, executionsRun: executions, wallMs, trainPassed, testPassed, peakRssBytes });
      log(
        `${name} run ${i + 1}/${settings.runs} seed ${seed} (forge): ${solved ? 'solved' : 'not solved'}, ` +
          `best train ${trainPassed}/${problem.train.length}, test ${testPassed}/${problem.test.length}, ${executions} executions, ` +
          `${directive?.cycles ?? 0} cycles (${directive?.halted.reason}: ${directive?.halted.detail}), ${(wallMs / 1000).toFixed(1)} s, ` +
          `peak RSS ${Math.round(peakRssBytes / 2 ** 20)} MB`,
      );
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  return outcomes;
}
