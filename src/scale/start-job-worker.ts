import { UnrecoverableError, Worker } from 'bullmq';
import { attemptKey, type JobEnvelope } from './job-envelope.js';
import { redisConnection } from './redis-connection.js';

/** How a worker process serves one queue. */
export interface JobWorkerOptions<Payload, Result> {
  url: string;
  queue: string;
  concurrency: number;
  /** How long a job's lock lasts without renewal: a worker killed or frozen mid-job loses the job after this. */
  lockMs?: number;
  handle(payload: Payload): Promise<Result>;
  /** Hears of Redis outages (redacted). */
  log?: (line: string) => void;
}

/** A running worker; `close` lets the jobs in hand finish first. */
export interface JobWorker {
  close(): Promise<void>;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`job timed out after ${ms} ms on this worker`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Takes jobs from a BullMQ queue and runs them. A job of a controller session that is no longer its run's current one
 * (the controller was killed and the run resumed) fails at once without retries: its result would be ignored anyway.
 * A job that outlives its timeout fails this attempt and goes back to the queue for any worker.
 */
export function startJobWorker<Payload, Result>(options: JobWorkerOptions<Payload, Result>): JobWorker {
  const redis = redisConnection(options.url, options.log);
  const lockDuration = options.lockMs ?? 30_000;
  const worker = new Worker<JobEnvelope<Payload>, Result>(
    options.queue,
    async (job) => {
      const { runId, attempt, timeoutMs, payload } = job.data;
      const current = await redis.get(attemptKey(runId));
      if (current && current !== attempt) throw new UnrecoverableError(`stale: run ${runId} was resumed by another controller session`);
      return withTimeout(options.handle(payload), timeoutMs);
    },
    // Another worker's stalled check hands a dead worker's job on. A live worker on a starved machine, or across a Redis
    // restart, can miss a lock renewal too: a stall is no verdict on the job, so many are allowed before it fails.
    { connection: redis, concurrency: options.concurrency, lockDuration, stalledInterval: lockDuration, maxStalledCount: 20 },
  );
  worker.on('error', () => undefined);
  return {
    close: async () => {
      await worker.close();
      redis.disconnect();
    },
  };
}
