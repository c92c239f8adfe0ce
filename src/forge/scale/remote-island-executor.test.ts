import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../tests/support/redis-server.js';
import type { GpOptions, GpProblem } from '../../engines/gp/gp-api.js';
import { IslandThread } from '../../engines/gp/island-thread.js';
import { runGp } from '../../engines/gp/run-gp.js';
import { startJobWorker, type JobWorker } from '../../scale/start-job-worker.js';
import { ISLAND_STEP_QUEUE, runIslandStepJob } from './island-step-job.js';
import { RemoteIslandExecutor } from './remote-island-executor.js';

// Not solved within four generations (|x - 7| · 3 alone is: linear scaling finds it among the first seeds).
const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [Math.abs(x - 7) * 3 + (x % 4)] }));
const problem: GpProblem = { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([0, 1, 5, 9, 12, -4, 30, 7]), test: cases([2, 100]) };
const options: GpOptions = { seed: 3, maxExecutions: 40_000, population: 60, islands: 2, maxGenerations: 4, epochGenerations: 2, migrants: 3 };

// The executor a `run --redis` gives the offline engine, against a real redis-server and an in-process worker.
describe('RemoteIslandExecutor', () => {
  let redis: TestRedis;
  const session = (runId: string) => ({ runId, attempt: `a-${runId}`, log: () => undefined });
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis.dispose();
  });

  it('runs the islands as jobs on a worker and ends where the threads end', async () => {
    let steps = 0;
    const worker: JobWorker = startJobWorker({ url: redis.url, queue: ISLAND_STEP_QUEUE, concurrency: 2, handle: async (data: unknown) => (steps++, runIslandStepJob(data)) });
    const executor = new RemoteIslandExecutor();
    executor.bind({ url: redis.url, ...session('r1') });
    const { wallMs: _a, executionsRun: _b, ...there } = await runGp(problem, { ...options, islandExecutor: executor });
    await worker.close();
    const { wallMs: _c, executionsRun: _d, ...here } = await runGp(problem, options);
    expect(there).toEqual(here);
    // Two islands, two epochs of two generations and a final scoring each.
    expect(steps).toBe(6);
  }, 60_000);

  it('fails the search with the reason of a step that fails on every attempt', async () => {
    const poison = startJobWorker({ url: redis.url, queue: ISLAND_STEP_QUEUE, concurrency: 2, handle: async () => Promise.reject(new Error('no engine here')) });
    const executor = new RemoteIslandExecutor();
    executor.bind({ url: redis.url, ...session('r2') });
    await expect(runGp(problem, { ...options, islandExecutor: executor })).rejects.toThrow(/island \d step s0 failed after 3 attempt\(s\): no engine here/);
    await poison.close();
  }, 60_000);

  it('keeps the islands of a problem with test files in this process, and needs a session first', async () => {
    const executor = new RemoteIslandExecutor();
    const setup = { problem: { ...problem, tests: { files: [], names: [], assertions: [], cases: [], timeoutMs: 100 } }, seed: 1, population: 10, selection: 'lexicase' as const, selectionCases: Int32Array.from([0]), testOrder: Int32Array.from([0]), migrants: 0 };
    const stop = new Int32Array(new SharedArrayBuffer(4));
    expect(() => executor.open([setup], stop)).toThrow('island steps need a controller session');
    executor.bind({ url: redis.url, ...session('r3') });
    const [island] = executor.open([setup], stop);
    expect(island).toBeInstanceOf(IslandThread);
    await island.close();
  });
});
