import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegistry } from '../../src/index.js';
import type { GpProblem, RunOutcome as ForgeOutcome } from '../../src/index.js';
import { writePsbDirective } from '../autonomous/write-psb-directive.js';
import { bodyLines } from './body-lines.js';
import { ProcessTreePeakRss } from './process-tree-peak-rss.js';
import type { BenchSettings } from './run-problem.js';
import type { RunOutcome } from './run-outcome.js';

/**
 * The CLI a user runs, started through its own `#!` line as `hephaestus` is (so with the launcher's Node flags, the
 * main heap limit among them); each benchmark run is one fresh process of it, so no run inherits another's memory.
 */
const CLI = resolve(import.meta.dirname, '..', '..', 'bin', 'hephaestus.mjs');

interface ChildRun {
  outcome?: ForgeOutcome;
  exitCode: number | null;
  stderr: string;
  peakRssBytes: number;
  wallMs: number;
}

/** Runs `hephaestus run <file> --engine gp --seed S --json` in workDir as a child process, sampling its tree's memory. */
function runCli(workDir: string, file: string, seed: number, signal: AbortSignal | undefined): Promise<ChildRun> {
  const started = Date.now();
  const child = spawn(CLI, ['--cwd', workDir, 'run', file, '--engine', 'gp', '--seed', String(seed), '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rss = new ProcessTreePeakRss(child.pid as number);
  // A SIGINT sent to the benchmark alone is passed on. After a Ctrl-C the child has one from the terminal already, and
  // this second one ends it at once (the CLI's rule): fine, since an interrupted run is dropped from the table anyway.
  const interrupt = (): boolean => child.kill('SIGINT');
  signal?.addEventListener('abort', interrupt, { once: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (exitCode) => {
      signal?.removeEventListener('abort', interrupt);
      const peakRssBytes = rss.stop();
      let outcome: ForgeOutcome | undefined;
      try {
        outcome = JSON.parse(stdout) as ForgeOutcome;
      } catch {
        outcome = undefined; // the child failed before printing its outcome; stderr says why
      }
      done({ outcome, exitCode, stderr, peakRssBytes, wallMs: Date.now() - started });
    });
  });
}

/** The solution's body length: the module the run wrote to nodes/ (the user's result), else the registry's best code. */
function solutionBodyLines(workDir: string, name: string, bestCode: string | undefined): number | undefined {
  const module = join(workDir, 'nodes', name, `${name}.ts`);
  if (existsSync(module)) return bodyLines(readFileSync(module, 'utf8'));
  return bestCode === undefined ? undefined : bodyLines(bestCode);
}

/**
 * Runs one PSB-layout problem `runs` times through the product: each run is the real CLI, `hephaestus run --engine gp
 * --seed S`, in a fresh child process and a fresh project; the problem becomes a directive (its signature, train and
 * test files) and `gp.max_executions` is the core's `--evaluations`. Each run's row comes from the child's outcome and
 * the project's registry (solved = a candidate passed every train and test case and was promoted; executions = the
 * run's program-execution counter); its peak RSS is that of the child's process tree alone.
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
      const run = await runCli(workDir, file, seed, settings.signal);
      const { outcome } = run;
      if (settings.signal?.aborted || outcome?.status === 'stopped') break; // an interrupted run is no sample
      // A run that dies (out of memory, a crash) is a failed run of the product, counted as such with what it registered.
      if (outcome === undefined) log(`${name} seed ${seed}: hephaestus run exited ${run.exitCode} without an outcome:\n${run.stderr}`);
      const registry = openRegistry(workDir);
      const runId = outcome?.runId ?? registry.latestRun()?.id ?? '';
      const executions = registry.getRun(runId)?.checkpoint[`${name}.executions`] ?? 0;
      const best = registry.best(name);
      // Candidate-level overfit, as the core logs it per program: registered candidates perfect on train, and those failing test.
      const perfect = registry.listCandidates({ directiveId: name, runId }).filter((c) => c.metrics.train_pass_rate === 1);
      const failedTest = perfect.filter((c) => (c.metrics.test_pass_rate ?? 1) < 1).length;
      registry.close();
      const metrics = best?.metrics ?? {};
      const directive = outcome?.directives.find((d) => d.id === name);
      const solved = directive?.solved ?? false;
      const trainPassed = Math.round((metrics.train_pass_rate ?? 0) * problem.train.length);
      const testPassed = Math.round((metrics.test_pass_rate ?? 0) * problem.test.length);
      const lines = solved ? solutionBodyLines(workDir, name, best?.code) : undefined;
      // The forge counts only executions; cache hits are not reported apart, so executionsRun equals executions.
      outcomes.push({
        seed, solved, executions, executionsRun: executions, wallMs: run.wallMs, trainPassed, testPassed,
        trainPerfect: trainPassed === problem.train.length, peakRssBytes: run.peakRssBytes, bodyLines: lines,
        endedBy: solved ? 'solved' : (directive?.halted.reason ?? `exit ${run.exitCode}`),
      });
      log(
        `${name} run ${i + 1}/${settings.runs} seed ${seed} (forge): ${solved ? 'solved' : 'not solved'}, ` +
          `best train ${trainPassed}/${problem.train.length}, test ${testPassed}/${problem.test.length}, ${executions} executions, ` +
          `${directive?.cycles ?? 0} cycles (${directive ? `${directive.halted.reason}: ${directive.halted.detail}` : `exit code ${run.exitCode}`}), ${(run.wallMs / 1000).toFixed(1)} s, ` +
          `peak RSS ${Math.round(run.peakRssBytes / 2 ** 20)} MB (process tree), train-perfect candidates ${perfect.length} (${failedTest} failed a test case)` +
          (lines === undefined ? '' : `, body ${lines} lines`),
      );
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  return outcomes;
}
