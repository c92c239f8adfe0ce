import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../tests/support/redis-server.js';
import { JobDispatcher, type DispatcherOptions } from './job-dispatcher.js';
import { startJobWorker, type JobWorker } from './start-job-worker.js';

// The queue layer against a real redis-server: poison jobs, stale controller sessions, timeouts and a Redis restart.
describe('the BullMQ job queue', () => {
  let redis: TestRedis;
  const closers: Array<{ close(): Promise<void> }> = [];
  beforeAll(async () => {
    redis = await startTestRedis({ aof: true });
  });
  afterAll(async () => {
    for (const c of closers.reverse()) await c.close();
    await redis.dispose();
  });

  const setup = (handle: (n: number) => Promise<number>, patch: Partial<DispatcherOptions> = {}): { dispatcher: JobDispatcher<number, number>; worker: JobWorker } => {
    const queue = `q-${randomUUID().slice(0, 8)}`;
    const options = { url: redis.url, queue, runId: `run-${queue}`, attempt: 'a1', attempts: 3, timeoutMs: 2_000, backoffMs: 50, ...patch };
    const dispatcher = new JobDispatcher<number, number>(options);
    const worker = startJobWorker<number, number>({ url: redis.url, queue, concurrency: 2, lockMs: 1_000, handle });
    closers.push(dispatcher, worker);
    return { dispatcher, worker };
  };

  it('returns a result, and fails a poison job after its attempts with its reason', async () => {
    const { dispatcher } = setup(async (n) => {
      if (n < 0) throw new Error(`cannot take ${n}`);
      return n * 2;
    });
    await dispatcher.claim();
    expect(await dispatcher.dispatch('ok', 21)).toEqual({ ok: true, value: 42, attemptsMade: 1 });
    expect(await dispatcher.dispatch('poison', -1)).toEqual({ ok: false, reason: 'cannot take -1', attemptsMade: 3 });
  });

  it('drops the jobs of a controller session the run has moved past, without retrying them', async () => {
    const { dispatcher } = setup(async (n) => n);
    await dispatcher.claim();
    const resumed = new JobDispatcher<number, number>({ url: redis.url, queue: 'unused', runId: (dispatcher as unknown as { options: DispatcherOptions }).options.runId, attempt: 'a2', attempts: 3, timeoutMs: 1_000 });
    closers.push(resumed);
    await resumed.claim();
    const late = await dispatcher.dispatch('late', 1);
    expect(late).toMatchObject({ ok: false, attemptsMade: 1 });
    expect(late.ok ? '' : late.reason).toMatch(/^stale: run .* was resumed by another controller session/);
  });

  it('gives up a job that outlives its timeout and retries it', async () => {
    let calls = 0;
    const { dispatcher } = setup(async (n) => {
      calls += 1;
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 5_000));
      return n + 1;
    }, { timeoutMs: 300 });
    await dispatcher.claim();
    expect(await dispatcher.dispatch('slow', 1)).toEqual({ ok: true, value: 2, attemptsMade: 2 });
  });

  it('waits through a Redis restart and loses nothing', async () => {
    const { dispatcher } = setup(async (n) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return n * 10;
    });
    await dispatcher.claim();
    const results = Promise.all([1, 2, 3, 4, 5, 6].map((n) => dispatcher.dispatch(`r${n}`, n)));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.start();
    const outcomes = await results;
    expect(outcomes.map((o) => (o.ok ? o.value : o.reason))).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('queues again what a Redis restarted without persistence lost', async () => {
    const bare = await startTestRedis();
    const queue = `q-${randomUUID().slice(0, 8)}`;
    const dispatcher = new JobDispatcher<number, number>({ url: bare.url, queue, runId: 'run-bare', attempt: 'a1', attempts: 3, timeoutMs: 2_000 });
    await dispatcher.claim();
    const result = dispatcher.dispatch('lost', 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bare.stop();
    await bare.start();
    // Only now a worker: the job it gets was queued anew, after the restart emptied Redis.
    const worker = startJobWorker<number, number>({ url: bare.url, queue, concurrency: 1, handle: async (n) => n * n });
    expect(await result).toEqual({ ok: true, value: 16, attemptsMade: 1 });
    await Promise.all([worker.close(), dispatcher.close()]);
    await bare.dispose();
  });
});
