import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../../sandbox/sandbox-options-from-config.js';
import { encodeRegistryJson } from '../../registry/registry-json.js';
import { checkRedisUrl } from '../../scale/check-redis-url.js';
import { redactRedisUrl } from '../../scale/redact-redis-url.js';
import { startJobWorker, type JobWorker } from '../../scale/start-job-worker.js';
import { evaluatePayload } from './evaluate-payload.js';
import { EVALUATION_QUEUE, type EvaluationPayload } from './evaluation-job.js';
import { ISLAND_STEP_QUEUE, runIslandStepJob } from './island-step-job.js';

/** How `hephaestus worker` runs. */
export interface WorkerOptions {
  redis: string;
  /** Jobs in hand at once (each a sandboxed process); the config's sandbox.concurrency by default. */
  concurrency?: number;
  /** Holds this worker's config/forge_config.json (its sandbox settings); no registry is opened. */
  workDir: string;
  /** How long a job's lock lasts: a worker killed mid-job loses its job to another after this. */
  lockMs?: number;
  log(line: string): void;
}

/**
 * A scale-out worker: takes candidate evaluation jobs and offline-engine island steps from Redis and runs candidates
 * in this machine's sandbox (the same sandbox and settings as an in-process run). It needs no registry, no directive
 * files (they come with the job) and no API key. Returns a handle whose `close` finishes the jobs in hand.
 */
export function runWorker(options: WorkerOptions): JobWorker {
  checkRedisUrl(options.redis);
  const config = loadConfig(options.workDir);
  const sandbox = createSandbox(sandboxOptionsFromConfig(config));
  // A worker that could run no candidate at all says so at once rather than failing every job.
  sandbox.admit('gp-whitelist');
  const stagingRoot = mkdtempSync(join(tmpdir(), 'hephaestus-worker-'));
  const concurrency = options.concurrency ?? config.sandbox.concurrency;
  const common = { url: options.redis, concurrency, lockMs: options.lockMs, log: options.log };
  // Jobs done, by kind, reported when the worker stops.
  const done = { evaluations: 0, islandSteps: 0 };
  const counted = <P, R>(kind: keyof typeof done, work: (payload: P) => Promise<R>) => async (payload: P): Promise<R> => {
    const result = await work(payload);
    done[kind] += 1;
    return result;
  };
  // The result travels as registry JSON: NaN and ±Infinity in metrics and failing cases arrive as they were.
  const handle = async (payload: EvaluationPayload): Promise<string> => encodeRegistryJson(await evaluatePayload(payload, sandbox, stagingRoot));
  const evaluations = startJobWorker<EvaluationPayload, string>({ ...common, queue: EVALUATION_QUEUE, handle: counted('evaluations', handle) });
  // The offline engine's island steps: its own programs in its own interpreter, not candidate code (no
  // sandbox needed); an island step's programs are checked to be the engine's own before any runs.
  const islandSteps = startJobWorker({ ...common, queue: ISLAND_STEP_QUEUE, handle: counted('islandSteps', runIslandStepJob) });
  options.log(`worker ready on ${redactRedisUrl(options.redis)}: ${concurrency} job(s) at a time, sandbox ${sandbox.isolation[0] ?? sandbox.name}`);
  return {
    close: async () => {
      await Promise.all([evaluations.close(), islandSteps.close()]);
      rmSync(stagingRoot, { recursive: true, force: true });
      options.log(`worker stopped: ${done.evaluations} evaluation(s), ${done.islandSteps} island step(s) done`);
    },
  };
}
