import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { attemptKey, type JobEnvelope } from './job-envelope.js';
import { redisConnection } from './redis-connection.js';

/** How a dispatched job ended: its result, or the reason it failed after every attempt. */
export type JobOutcome<Result> = { ok: true; value: Result; attemptsMade: number } | { ok: false; reason: string; attemptsMade: number };

/** How a controller session dispatches one kind of job. */
export interface DispatcherOptions {
  url: string;
  queue: string;
  runId: string;
  /** This controller session; unique per start or resume of a run. */
  attempt: string;
  /** Tries per job before it fails for good (a worker dying mid-job counts as one). */
  attempts: number;
  timeoutMs: number;
  backoffMs?: number;
  /** The longest wait between two looks at a job (polls start at 2 ms and slow down to this; default 100). */
  pollMs?: number;
  /** Hears of Redis outages (redacted). */
  log?: (line: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The controller's side of a BullMQ queue. A job's id is its session and its key (for evaluations, the candidate's
 * content hash), so queueing the same work twice in a session is one job. Results are polled from the job itself rather
 * than from the event stream: a poll survives a Redis restart unchanged (commands wait while Redis is away), and a job
 * Redis lost (restarted without persistence) is queued again.
 */
export class JobDispatcher<Payload, Result> {
  private readonly redis: Redis;
  private readonly queue: Queue;

  constructor(private readonly options: DispatcherOptions) {
    this.redis = redisConnection(options.url, options.log);
    this.queue = new Queue(options.queue, { connection: this.redis });
    // Outages are reported once by the connection (redisConnection); BullMQ would print every failed reconnect.
    this.queue.on('error', () => undefined);
  }

  /** Makes this session the run's current one: from now on workers drop the jobs of earlier sessions. */
  async claim(): Promise<void> {
    await this.redis.set(attemptKey(this.options.runId), this.options.attempt);
  }

  /** Queues one job (once per key and session) and waits until it completes or fails for good. */
  async dispatch(key: string, payload: Payload): Promise<JobOutcome<Result>> {
    const { runId, attempt, timeoutMs } = this.options;
    // BullMQ reserves ':' in job ids.
    const jobId = `${attempt}.${key}`.replace(/:/g, '_');
    const envelope: JobEnvelope<Payload> = { runId, attempt, timeoutMs, payload };
    await this.add(jobId, envelope);
    // Quick looks first (a short job is back in milliseconds), slower ones for a long job, to spare Redis.
    for (let wait = 2; ; wait = Math.min(this.options.pollMs ?? 100, wait * 1.5)) {
      await sleep(wait);
      // The state first: a job read before it finished would lack its result even once its state says completed.
      const state = await this.queue.getJobState(jobId);
      if (state === 'unknown') {
        await this.claim();
        await this.add(jobId, envelope);
        continue;
      }
      if (state !== 'completed' && state !== 'failed') continue;
      const job = await this.queue.getJob(jobId);
      if (!job) continue;
      if (state === 'completed') {
        await job.remove().catch(() => undefined);
        return { ok: true, value: job.returnvalue as Result, attemptsMade: job.attemptsMade };
      }
      return { ok: false, reason: job.failedReason, attemptsMade: job.attemptsMade };
    }
  }

  /** Closes this session's connection (its jobs stay on the queue). */
  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }

  private async add(jobId: string, envelope: JobEnvelope<Payload>): Promise<void> {
    const backoff = { type: 'fixed', delay: this.options.backoffMs ?? 200 };
    // Results nobody reads (a killed controller's) expire after a day; a finished job read later is simply run again.
    const keep = { age: 86_400 };
    await this.queue.add(this.options.queue, envelope, { jobId, attempts: this.options.attempts, backoff, removeOnComplete: keep, removeOnFail: keep });
  }
}
