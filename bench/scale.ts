// Scale-out: `npm run bench:scale -- [--evaluations N] [--workers 1,2,4] [--concurrency C] [--islands K] [--epochs E] [--out FILE]`,
// or `-- --gp-run [--workers 1,2] [--islands K] [--cycles N]`: the offline engine through `hephaestus run` with and without --redis.
import { cpus, loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config/load-config.js';
import { evaluatePayload } from '../src/forge/scale/evaluate-payload.js';
import { EVALUATION_QUEUE, type EvaluationPayload, type EvaluationResult } from '../src/forge/scale/evaluation-job.js';
import { decodeRegistryJson } from '../src/registry/registry-json.js';
import { runIslandJobs, type IslandJobSearch } from '../src/forge/scale/run-island-jobs.js';
import { createSandbox } from '../src/sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../src/sandbox/sandbox-options-from-config.js';
import { startJobWorker } from '../src/scale/start-job-worker.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { startTestRedis } from '../tests/support/redis-server.js';
import { dispatchAll } from './scale/dispatch-all.js';
import { evaluationWorkload } from './scale/evaluation-workload.js';
import { benchGpRuns } from './scale/gp-run-bench.js';
import { startWorkerFleet } from './scale/worker-fleet.js';

const DEFAULT_OUT = resolve(import.meta.dirname, 'results/scale.md');
const opts = new Command()
  .name('bench:scale')
  .description('Evaluations/s and GP executions/s in process and on 1, 2, 4 worker processes over loopback Redis, and the queue overhead per job')
  .option('--evaluations <n>', 'candidate evaluations per configuration', (t) => Number.parseInt(t, 10), 24)
  .option('--workers <list>', 'worker process counts', '1,2,4')
  .option('--concurrency <n>', 'jobs in hand per worker process (and the in-process pool width)', (t) => Number.parseInt(t, 10), 2)
  .option('--islands <n>', 'GP islands', (t) => Number.parseInt(t, 10), 4)
  .option('--epochs <n>', 'GP epochs', (t) => Number.parseInt(t, 10), 2)
  .option('--gp-run', 'measure only GP executions/s through `hephaestus run` in process and with --redis (report: results/scale-gp-run.md)')
  .option('--cycles <n>', 'cycles of each --gp-run run', (t) => Number.parseInt(t, 10), 2)
  .option('--out <file>', 'markdown report path', DEFAULT_OUT)
  .parse()
  .opts<{ evaluations: number; workers: string; concurrency: number; islands: number; epochs: number; out: string; gpRun?: boolean; cycles: number }>();
const fleets = opts.workers.split(',').map(Number);
if (opts.gpRun) {
  const report = await benchGpRuns(fleets, opts.concurrency, opts.islands, opts.cycles);
  writeFileAtomic(opts.out === DEFAULT_OUT ? resolve(import.meta.dirname, 'results/scale-gp-run.md') : opts.out, report);
  console.log(report);
  process.exit(0);
}
const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [(x - 7) * (x - 7) + 3 * x] }));
// Unsolvable in the budget on purpose: every configuration runs every epoch.
const search: IslandJobSearch = {
  problem: { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([-9, -3, 0, 1, 4, 8, 13, 20, 31, 50]), test: cases([2, 99]) },
  islands: opts.islands,
  epochs: opts.epochs,
  options: { seed: 11, maxExecutions: 300_000, population: 300, maxGenerations: 4 },
  migrants: 10,
};
const loadBefore = loadavg();
const redis = await startTestRedis();
const { payloads, dispose } = evaluationWorkload(opts.evaluations);
const rows: Array<{ where: string; evalPerS: number; gpPerS: number }> = [];
try {
  // In process: the same build + sandboxed test + score, on a pool as wide as one worker's.
  const sandbox = createSandbox(sandboxOptionsFromConfig(loadConfig(tmpdir())));
  const todo = [...payloads];
  let started = performance.now();
  await Promise.all(Array.from({ length: opts.concurrency }, async () => {
    for (let p = todo.shift(); p; p = todo.shift()) await evaluatePayload(p, sandbox, tmpdir());
  }));
  const inProcessEval = (payloads.length / (performance.now() - started)) * 1000;
  started = performance.now();
  const local = await runIslandJobs(search);
  rows.push({ where: 'in process', evalPerS: inProcessEval, gpPerS: (local.executions / (performance.now() - started)) * 1000 });
  console.error(`in process: ${JSON.stringify(rows.at(-1))}`);

  // Queue overhead: a job that does nothing, one at a time (round trip) and 32 at a time (what one controller and Redis sustain).
  const noop = startJobWorker<number, number>({ url: redis.url, queue: 'bench-noop', concurrency: 32, handle: async (n) => n });
  const serial = await dispatchAll<number, number>(redis.url, 'bench-noop', Array.from({ length: 200 }, (_, i) => i), 1);
  const parallel = await dispatchAll<number, number>(redis.url, 'bench-noop', Array.from({ length: 1000 }, (_, i) => i), 32);
  await noop.close();
  const overheadMs = serial.wallMs / 200;
  const ceiling = (1000 / parallel.wallMs) * 1000;
  console.error(`queue overhead ${overheadMs.toFixed(2)} ms/job, ceiling ${ceiling.toFixed(0)} jobs/s`);

  for (const count of fleets) {
    const fleet = await startWorkerFleet(redis.url, count, opts.concurrency);
    try {
      const evals = await dispatchAll<EvaluationPayload, string>(redis.url, EVALUATION_QUEUE, payloads, 64);
      if (evals.results.some((r) => decodeRegistryJson<EvaluationResult>(r).evaluation?.solved !== true)) throw new Error('a worker did not solve a correct candidate');
      started = performance.now();
      const remote = await runIslandJobs({ ...search, redis: redis.url });
      if (remote.executions !== local.executions) throw new Error(`islands on workers ran ${remote.executions} executions, in process ${local.executions}`);
      rows.push({ where: `${count} worker process(es)`, evalPerS: (payloads.length / evals.wallMs) * 1000, gpPerS: (remote.executions / (performance.now() - started)) * 1000 });
      console.error(`${count} workers: ${JSON.stringify(rows.at(-1))}`);
    } finally {
      await fleet.stop();
    }
  }
  const base = rows[0];
  const table = [
    '| where | evaluations/s | ratio to in process | GP executions/s | ratio to in process |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.where} | ${r.evalPerS.toFixed(2)} | ${(r.evalPerS / base.evalPerS).toFixed(2)} | ${Math.round(r.gpPerS)} | ${(r.gpPerS / base.gpPerS).toFixed(2)} |`),
  ];
  const report = [
    '# Scale-out: in process against worker processes on loopback Redis',
    '',
    `Command: \`npm run bench:scale -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before and ${loadavg().map((l) => l.toFixed(1)).join(' ')} after (the machine is shared: ratios, not absolute rates, are the result).`,
    '',
    `Evaluations: ${payloads.length} distinct candidates (build, sandboxed test on 40 cases, score), ${opts.concurrency} at a time in process and per worker process, up to 64 on the queue. ` +
      `GP: ${opts.islands} islands × ${opts.epochs} epochs of ${search.options.maxGenerations} generations (population ${search.options.population}), islands at once in process and as jobs on workers; the same executions both ways (checked).`,
    '',
    ...table,
    '',
    `Queue overhead per job (a job doing nothing, dispatched and awaited one at a time): **${overheadMs.toFixed(2)} ms**. ` +
      `With 32 in flight, one controller and this Redis complete **${ceiling.toFixed(0)} jobs/s** (a worker doing nothing, in the bench process).`,
    '',
  ].join('\n');
  writeFileAtomic(opts.out, report);
  console.log(report);
} finally {
  dispose();
  await redis.dispose();
}
