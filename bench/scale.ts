// Scale-out: `npm run bench:scale -- [--evaluations N] [--workers 1,2,4] [--concurrency C] [--islands K] [--cycles N] [--gp-run] [--out FILE]`.
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config/load-config.js';
import { evaluatePayload } from '../src/forge/scale/evaluate-payload.js';
import { EVALUATION_QUEUE, type EvaluationPayload, type EvaluationResult } from '../src/forge/scale/evaluation-job.js';
import { decodeRegistryJson } from '../src/registry/registry-json.js';
import { createSandbox } from '../src/sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../src/sandbox/sandbox-options-from-config.js';
import { startJobWorker } from '../src/scale/start-job-worker.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { startTestRedis } from '../tests/support/redis-server.js';
import { dispatchAll } from './scale/dispatch-all.js';
import { evaluationWorkload } from './scale/evaluation-workload.js';
import { gpRunRate } from './scale/gp-run-rate.js';
import { scaleReport, type ScaleMeasurements, type ScaleRow } from './scale/scale-report.js';
import { startWorkerFleet } from './scale/worker-fleet.js';

const DEFAULT_OUT = resolve(import.meta.dirname, 'results/scale.md');
const opts = new Command()
  .name('bench:scale')
  .description('Evaluations/s and GP executions/s (through `hephaestus run`) in process and on 1, 2, 4 worker processes over loopback Redis, and the queue overhead per job')
  .option('--evaluations <n>', 'candidate evaluations per configuration', (t) => Number.parseInt(t, 10), 24)
  .option('--workers <list>', 'worker process counts', '1,2,4')
  .option('--concurrency <n>', 'jobs in hand per worker process (and the in-process evaluation pool width)', (t) => Number.parseInt(t, 10), 2)
  .option('--islands <n>', 'islands of the offline engine (gp.islands)', (t) => Number.parseInt(t, 10), 4)
  .option('--cycles <n>', 'cycles of each GP run', (t) => Number.parseInt(t, 10), 2)
  .option('--gp-run', 'measure only GP executions/s: no evaluations, no queue overhead (report: results/scale-gp-run.md)')
  .option('--out <file>', 'markdown report path', DEFAULT_OUT)
  .parse()
  .opts<{ evaluations: number; workers: string; concurrency: number; islands: number; cycles: number; out: string; gpRun?: boolean }>();
const fleets = opts.workers.split(',').map(Number);
const evaluating = !opts.gpRun;
// Unsolvable in the budget on purpose (tests/fixtures/hard): every cycle runs its whole search.
const gp = { population: 1000, generations_per_cycle: 10, migration_interval: 5, islands: opts.islands };
const loadBefore = loadavg();
const redis = await startTestRedis();
const { payloads, dispose } = evaluationWorkload(evaluating ? opts.evaluations : 0);
const rows: ScaleRow[] = [];
let queue: ScaleMeasurements['queue'];
try {
  // In process: the same build + sandboxed test + score, on a pool as wide as one worker's.
  let evalPerS: number | undefined;
  if (evaluating) {
    const sandbox = createSandbox(sandboxOptionsFromConfig(loadConfig(tmpdir())));
    const todo = [...payloads];
    const started = performance.now();
    await Promise.all(Array.from({ length: opts.concurrency }, async () => {
      for (let p = todo.shift(); p; p = todo.shift()) await evaluatePayload(p, sandbox, tmpdir());
    }));
    evalPerS = (payloads.length / (performance.now() - started)) * 1000;
  }
  rows.push({ where: 'in process', evalPerS, gp: gpRunRate(gp, opts.cycles) });
  console.error(`in process: ${JSON.stringify(rows.at(-1))}`);

  if (evaluating) {
    // Queue overhead: a job that does nothing, one at a time (round trip) and 32 at a time (what one controller and Redis sustain).
    const noop = startJobWorker<number, number>({ url: redis.url, queue: 'bench-noop', concurrency: 32, handle: async (n) => n });
    const serial = await dispatchAll<number, number>(redis.url, 'bench-noop', Array.from({ length: 200 }, (_, i) => i), 1);
    const parallel = await dispatchAll<number, number>(redis.url, 'bench-noop', Array.from({ length: 1000 }, (_, i) => i), 32);
    await noop.close();
    queue = { overheadMs: serial.wallMs / 200, ceiling: (1000 / parallel.wallMs) * 1000 };
    console.error(`queue overhead ${queue.overheadMs.toFixed(2)} ms/job, ceiling ${queue.ceiling.toFixed(0)} jobs/s`);
  }

  for (const count of fleets) {
    const fleet = await startWorkerFleet(redis.url, count, opts.concurrency);
    try {
      let fleetEvalPerS: number | undefined;
      if (evaluating) {
        const evals = await dispatchAll<EvaluationPayload, string>(redis.url, EVALUATION_QUEUE, payloads, 64);
        if (evals.results.some((r) => decodeRegistryJson<EvaluationResult>(r).evaluation?.solved !== true)) throw new Error('a worker did not solve a correct candidate');
        fleetEvalPerS = (payloads.length / evals.wallMs) * 1000;
      }
      const run = gpRunRate(gp, opts.cycles, redis.url);
      if (run.executions !== rows[0].gp.executions) throw new Error(`run --redis charged ${run.executions} executions, in process ${rows[0].gp.executions}`);
      rows.push({ where: `${count} worker process(es) × ${opts.concurrency}`, evalPerS: fleetEvalPerS, gp: run });
      console.error(`${count} workers: ${JSON.stringify(rows.at(-1))}`);
    } finally {
      await fleet.stop();
    }
  }
  const report = scaleReport({ rows, loadBefore, loadAfter: loadavg(), evaluations: payloads.length, concurrency: opts.concurrency, gp, cycles: opts.cycles, queue });
  writeFileAtomic(opts.gpRun && opts.out === DEFAULT_OUT ? resolve(import.meta.dirname, 'results/scale-gp-run.md') : opts.out, report);
  console.log(report);
} finally {
  dispose();
  await redis.dispose();
}
