// Throughput: `npm run bench:throughput -- [--data DIR] [--problems a,b] [--evaluations E] [--workers W] [--islands I] [--seed S] [--full-budget] [--out FILE]`.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { positive } from './positive-option.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { loadPsbProblem } from './psb/load-psb-problem.js';
import { typeAbbreviation } from './psb/type-abbreviation.js';
import { HAND_WRITTEN } from './throughput/hand-written.js';
import { timeEngine } from './throughput/time-engine.js';
import { timeHandWritten } from './throughput/time-hand-written.js';

const program = new Command()
  .name('bench:throughput')
  .description("Times the offline engine's program executions/s and a hand-written solution's on the same cases, in one process")
  .option('--data <dir>', 'PSB-layout data directory (relative to the working directory)', '../shared/bench/psb2')
  .option('--problems <list>', `comma-separated problems with a hand-written solution (${Object.keys(HAND_WRITTEN).join(', ')})`, 'fizz-buzz,camel-case,leaders')
  .option('--evaluations <n>', 'engine budget per problem in program executions', positive('--evaluations'), 3_000_000)
  .option('--workers <n>', 'worker threads (0 = one per core)', (t) => Number.parseInt(t, 10), 0)
  .option('--islands <n>', 'islands (0 = one per core, 1 = a single population)', (t) => Number.parseInt(t, 10), 0)
  .option('--seed <n>', 'engine seed', (t) => Number.parseInt(t, 10), 1)
  .option('--full-budget', 'keep the engine searching after it solves a problem, until the budget is spent')
  .option('--out <file>', 'markdown report path', resolve(import.meta.dirname, 'results/throughput.md'))
  .parse();
const opts = program.opts<{ data: string; problems: string; evaluations: number; workers: number; islands: number; seed: number; fullBudget?: boolean; out: string }>();
const names = opts.problems.split(',').map((p) => p.trim()).filter(Boolean);
for (const name of names) if (!HAND_WRITTEN[name]) program.error(`${name}: no hand-written solution (known: ${Object.keys(HAND_WRITTEN).join(', ')})`);

const k = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(1)}k`);
const loadBefore = loadavg();
const rows: string[] = [];
const memory: string[] = [];
const phases: string[] = [];
for (const name of names) {
  const problem = loadPsbProblem(resolve(opts.data), name);
  console.error(`${name}: engine, ${opts.evaluations} executions ...`);
  const engine = await timeEngine(problem, { evaluations: opts.evaluations, seed: opts.seed, workers: opts.workers, islands: opts.islands, fullBudget: opts.fullBudget === true });
  console.error(`${name}: hand-written solution ...`);
  const hand = timeHandWritten(HAND_WRITTEN[name], problem);
  const engineWall = (engine.executions / engine.wallMs) * 1000;
  const engineCpu = (engine.executions / engine.cpuMs) * 1000;
  const handWall = (hand.executions / hand.wallMs) * 1000;
  const handCpu = (hand.executions / hand.cpuMs) * 1000;
  rows.push(
    `| ${name} | ${typeAbbreviation(problem)} | ${k(engineWall)} | ${k(engineCpu)} | ${Math.round((100 * engine.executionsRun) / engine.executions)}% | ${engine.generations} | ${engine.solved ? 'yes' : 'no'} | ${Math.round(engine.memory.peakRssMb())} MB | ` +
      `${k(handWall)} | ${k(handCpu)} | 1/${Math.round(handCpu / engineCpu)} |`,
  );
  console.error(rows[rows.length - 1]);
  const first = engine.firstGeneration;
  if (first && engine.wallMs > first.wallMs) {
    const rest = ((engine.executions - first.executions) / (engine.wallMs - first.wallMs)) * 1000;
    phases.push(
      `${name}: until the first generation ended (seeding searches first): ${k(first.executions)} executions in ${(first.wallMs / 1000).toFixed(1)} s ` +
        `(${k((first.executions / first.wallMs) * 1000)}/s); after it: ${k(engine.executions - first.executions)} in ` +
        `${((engine.wallMs - first.wallMs) / 1000).toFixed(1)} s (${k(rest)}/s wall).`,
    );
  }
  const mb = (n: number): string => `${Math.round(n)}`;
  memory.push(
    `${name}: RSS (all threads) / main-thread heap in MB at each tenth of the run, by executions: ` +
      engine.memory.tenths().map((t) => `${k(t.executions)}: ${mb(t.rssMb)} / ${mb(t.heapMb)}`).join('; ') +
      `. RSS growth after the first tenth: ${engine.memory.growthMbPerMillion().toFixed(2)} MB per million executions.`,
  );
}

const table = [
  '| problem | types | engine executions/s (wall, all workers) | engine executions per CPU-second | of them run (rest: cache hits) | generations | solved | peak RSS (sampled per generation) | hand-written executions/s (wall, 1 thread) | hand-written per CPU-second | ratio engine / hand-written (per CPU-second) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const report = [
  '# Throughput: the offline engine against a hand-written solution',
  '',
  `Command: \`npm run bench:throughput -- ${process.argv.slice(2).join(' ')}\``,
  '',
  `Measured ${new Date().toISOString()} in one process: for each problem the engine runs ${opts.evaluations} program executions (seed ${opts.seed}, ` +
    `${opts.islands === 1 ? `one population, ${opts.workers === 0 ? 'one evaluation worker per core' : `${opts.workers} evaluation worker(s)`}` : `${opts.islands || 'one per core'} island(s) in worker threads`}; ` +
    'breeding, selection and evaluation as in bench:psb), then a hand-written ' +
    'correct solution runs on the same train cases with the same PSB error computed for at least 2 s. Per CPU-second figures divide by the CPU time ' +
    'of every thread of the process, so they hold on a shared machine; the ratio uses them. ' +
    (opts.fullBudget ? 'The engine keeps searching after a solution until the budget is spent (--full-budget).' : 'An engine run that solves the problem stops early.'),
  `Machine: ${cpus().length} core(s) (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; load average (uptime) ` +
    `${loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${loadavg().map((l) => l.toFixed(1)).join(' / ')} after (1/5/15 min).`,
  '',
  table,
  '',
  ...phases.flatMap((m) => [m, '']),
  ...memory.flatMap((m) => [m, '']),
].join('\n');
writeFileAtomic(resolve(opts.out), report);
console.log(table);
console.log(`\nwritten to ${resolve(opts.out)}`);
