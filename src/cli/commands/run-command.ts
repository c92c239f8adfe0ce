import type { Command } from 'commander';
import { commandPrefix } from '../command-prefix.js';
import { directiveOutcomeLines } from '../directive-outcome-lines.js';
import { printJson } from '../print-json.js';
import { printLines } from '../print-lines.js';
import { createProgressLine } from '../progress-line.js';
import { integerFlag, workDirOf } from '../work-dir.js';
import { EXIT_CODES, type RunOptions, type RunOutcome, startRun, resumeRun } from '../../index.js';

interface RunFlags {
  engine?: 'auto' | 'gp' | 'llm';
  seed?: number;
  cycles?: number;
  budgetEvaluations?: number;
  wallSeconds?: number;
  record?: string;
  replay?: string;
  json?: boolean;
  autonomous?: boolean;
  fresh?: boolean;
  redis?: string;
}

/** Registers `run` and `resume`. */
export function registerRunCommands(program: Command): void {
  program
    .command('run')
    .description('forge modules for one or more directives until solved, out of budget or stopped')
    .argument('<directives...>', 'directive JSON files')
    .option('--engine <engine>', 'mutation engine: auto (LLM if configured, else offline), gp or llm')
    .option('--seed <n>', 'random seed (same seed, same run)', integerFlag('--seed'))
    .option('--cycles <n>', 'stop after this many forge cycles per directive', integerFlag('--cycles'))
    .option('--budget-evaluations <n>', 'stop after this many sandboxed evaluations per directive', integerFlag('--budget-evaluations'))
    .option('--wall-seconds <n>', 'stop a directive after this many seconds of wall-clock time (across resumes)', integerFlag('--wall-seconds'))
    .option('--record <file>', 'save every LLM exchange to this JSON Lines file')
    .option('--replay <file>', 'replay LLM exchanges from this file, with no network')
    .option('--autonomous', 'work the goal tree the directives grow: propose sub-directives when stuck, reopen parents, until nothing is open')
    .option('--fresh', 'start a new version of each directive even if unchanged: earlier candidates stay as history, not as answers')
    .option('--redis <url>', 'scale out: candidates are evaluated by `hephaestus worker`s on this Redis')
    .option('--json', 'print the outcome as JSON')
    .action(async (directives: string[], flags: RunFlags, command: Command) => {
      if (flags.wallSeconds === 0) command.error('--wall-seconds must be at least 1');
      if (flags.engine && !['auto', 'gp', 'llm'].includes(flags.engine)) command.error(`--engine must be auto, gp or llm, got "${flags.engine}"`);
      const outcome = await startRun({ ...common(command, flags), directiveFiles: directives, autonomous: flags.autonomous, fresh: flags.fresh });
      report(outcome, flags.json, workDirOf(command));
    });
  program
    .command('resume')
    .description('continue a stopped or interrupted run from its checkpoint')
    .argument('[run-id]', 'the run to resume (default: the latest unfinished one)')
    .option('--redis <url>', 'scale out: candidates are evaluated by `hephaestus worker`s on this Redis')
    .option('--json', 'print the outcome as JSON')
    .action(async (runId: string | undefined, flags: RunFlags, command: Command) => {
      const outcome = await resumeRun({ ...common(command, flags), runId });
      report(outcome, flags.json, workDirOf(command));
    });
}

function common(command: Command, flags: RunFlags): Omit<RunOptions, 'directiveFiles'> {
  const progress = createProgressLine(process.stderr);
  return {
    workDir: workDirOf(command),
    engine: flags.engine,
    seed: flags.seed,
    cycles: flags.cycles,
    budgetEvaluations: flags.budgetEvaluations,
    wallSeconds: flags.wallSeconds,
    recordFile: flags.record,
    replayFile: flags.replay,
    handleSignals: true,
    redis: flags.redis,
    onCycle: progress.update,
    log: progress.log,
  };
}

/** Prints the outcome and sets the documented exit code: 0 solved, 1 not solved, 5 stopped by a kill switch, 130 signal. */
function report(outcome: RunOutcome, json: boolean | undefined, workDir: string): void {
  if (json) printJson(outcome);
  else {
    const out = outcome.directives.flatMap((d) => directiveOutcomeLines(d, commandPrefix(workDir)));
    printLines([...out, `run ${outcome.runId} ${outcome.status}: ${outcome.stop.reason}: ${outcome.stop.detail}`]);
  }
  if (outcome.stop.reason === 'signal') process.exitCode = EXIT_CODES.interrupted;
  else if (outcome.status === 'stopped') process.exitCode = EXIT_CODES.stopped;
  else process.exitCode = outcome.directives.every((d) => d.solved) ? EXIT_CODES.ok : EXIT_CODES.failure;
}
