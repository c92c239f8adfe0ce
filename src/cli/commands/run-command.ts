import type { Command } from 'commander';
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
  record?: string;
  replay?: string;
  json?: boolean;
  autonomous?: boolean;
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
    .option('--record <file>', 'save every LLM exchange to this JSON Lines file')
    .option('--replay <file>', 'replay LLM exchanges from this file, with no network')
    .option('--autonomous', 'work the goal tree the directives grow: propose sub-directives when stuck, reopen parents, until nothing is open')
    .option('--redis <url>', 'scale out: candidates are evaluated by `hephaestus worker`s on this Redis')
    .option('--json', 'print the outcome as JSON')
    .action(async (directives: string[], flags: RunFlags, command: Command) => {
      if (flags.engine && !['auto', 'gp', 'llm'].includes(flags.engine)) command.error(`--engine must be auto, gp or llm, got "${flags.engine}"`);
      const outcome = await startRun({ ...common(command, flags), directiveFiles: directives, autonomous: flags.autonomous });
      report(outcome, flags.json);
    });
  program
    .command('resume')
    .description('continue a stopped or interrupted run from its checkpoint')
    .argument('[run-id]', 'the run to resume (default: the latest unfinished one)')
    .option('--redis <url>', 'scale out: candidates are evaluated by `hephaestus worker`s on this Redis')
    .option('--json', 'print the outcome as JSON')
    .action(async (runId: string | undefined, flags: RunFlags, command: Command) => {
      const outcome = await resumeRun({ ...common(command, flags), runId });
      report(outcome, flags.json);
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
    recordFile: flags.record,
    replayFile: flags.replay,
    handleSignals: true,
    redis: flags.redis,
    onCycle: progress.update,
    log: progress.log,
  };
}

/** Prints the outcome and sets the documented exit code: 0 solved, 1 not solved, 5 stopped by a kill switch, 130 signal. */
function report(outcome: RunOutcome, json?: boolean): void {
  if (json) printJson(outcome);
  else {
    const out = outcome.directives.map((d) => {
      const best = d.bestCandidateId ? `best ${d.bestCandidateId} score ${d.bestScore?.toFixed(4)}` : 'no candidate';
      return `${d.id}: ${d.solved ? 'SOLVED' : 'not solved'} after ${d.cycles} cycle(s), ${best} (${d.halted.reason}: ${d.halted.detail})`;
    });
    printLines([...out, `run ${outcome.runId} ${outcome.status}: ${outcome.stop.reason}: ${outcome.stop.detail}`]);
  }
  if (outcome.stop.reason === 'signal') process.exitCode = EXIT_CODES.interrupted;
  else if (outcome.status === 'stopped') process.exitCode = EXIT_CODES.stopped;
  else process.exitCode = outcome.directives.every((d) => d.solved) ? EXIT_CODES.ok : EXIT_CODES.failure;
}
