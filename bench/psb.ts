// The PSB benchmark: `npm run bench:psb -- --data DIR --problems a,b --runs N --evaluations E [--seed S] [--via core|forge] [--out FILE]`.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { positive } from './positive-option.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { loadPsbProblem } from './psb/load-psb-problem.js';
import { defaultReportPath, reportText } from './psb/report-file.js';
import { resultsTable } from './psb/results-table.js';
import { runProblem } from './psb/run-problem.js';
import { runViaForge } from './psb/run-via-forge.js';
import { summarizeRuns, type ProblemSummary } from './psb/summarize-runs.js';
import { typeAbbreviation } from './psb/type-abbreviation.js';

const program = new Command()
  .name('bench:psb')
  .description('Run the offline engine on PSB-style problems (<data>/<problem>/{train,test}.jsonl, optional types file)')
  .requiredOption('--data <dir>', 'directory holding one sub-directory per problem')
  .requiredOption('--problems <list>', 'comma-separated problem directory names')
  .option('--runs <n>', 'seeded runs per problem', positive('--runs'), 10)
  .option('--evaluations <n>', 'budget in program executions per run', positive('--evaluations'), 60_000_000)
  .option('--seed <n>', 'seed of the first run; run i uses seed + i', (t) => Number.parseInt(t, 10), 1)
  .option('--population <n>', 'population size (engine default when absent)', positive('--population'))
  .option('--workers <n>', 'worker threads (0 = one per core)', (t) => Number.parseInt(t, 10))
  .option('--islands <n>', 'islands in worker threads (0 = one per core, 1 = a single population; engine default when absent)', (t) => Number.parseInt(t, 10))
  .option('--selection <kind>', 'lexicase | epsilon-lexicase | downsampled-lexicase (engine default when absent)')
  .option('--via <path>', 'core (the GP core directly) or forge (each run as the CLI `hephaestus run --engine gp` in its own process and a fresh project)', 'core')
  .option('--out <file>', 'markdown report path (default bench/results/psb-<date>-<problems>.md)')
  .parse();

const opts = program.opts<{
  data: string; problems: string; runs: number; evaluations: number; seed: number;
  population?: number; workers?: number; islands?: number; selection?: 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase'; via: string; out?: string;
}>();
const names = opts.problems.split(',').map((p) => p.trim()).filter(Boolean);
if (names.length === 0) program.error('--problems lists no problem');
if (!Number.isInteger(opts.seed)) program.error('--seed must be an integer');
if (opts.selection && !['lexicase', 'epsilon-lexicase', 'downsampled-lexicase'].includes(opts.selection)) {
  program.error('--selection must be lexicase, epsilon-lexicase or downsampled-lexicase');
}
if (opts.via !== 'core' && opts.via !== 'forge') program.error('--via must be core or forge');
// The forge's config has no selection setting: a forge run always uses the engine default.
if (opts.via === 'forge' && opts.selection) program.error('--selection applies to --via core only');
const data = resolve(opts.data);
const problems = names.map((name) => {
  try {
    return { name, problem: loadPsbProblem(data, name) };
  } catch (error) {
    return program.error(`${name}: ${(error as Error).message}`);
  }
});

const now = new Date();
const out = resolve(opts.out ?? defaultReportPath(resolve(import.meta.dirname, 'results'), names, now));
const command = `npm run bench:psb -- ${process.argv.slice(2).join(' ')}`;
const controller = new AbortController();
process.once('SIGINT', () => {
  console.error('interrupted: finishing the current run and writing the table');
  controller.abort();
});

const rows: ProblemSummary[] = [];
for (const { name, problem } of problems) {
  if (controller.signal.aborted) break;
  const types = typeAbbreviation(problem);
  console.error(`${name} (${types}): ${problem.train.length} train, ${problem.test.length} test cases`);
  const settings = { ...opts, signal: controller.signal };
  const log = (line: string): void => console.error(line);
  const outcomes = opts.via === 'forge' ? await runViaForge(data, name, problem, settings, log) : await runProblem(name, problem, settings, log);
  if (outcomes.length > 0) rows.push(summarizeRuns(name, types, outcomes));
  writeFileAtomic(out, reportText(command, { ...opts, data }, resultsTable(rows), now));
}
console.log(resultsTable(rows));
console.log(`\nwritten to ${out}`);
