import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../tests/support/redis-server.js';
import { startJobWorker, type JobWorker } from '../../scale/start-job-worker.js';
import { GP_EPOCH_QUEUE, runGpEpoch } from './gp-epoch-job.js';
import { runIslandJobs, type IslandJobSearch } from './run-island-jobs.js';

const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [Math.abs(x - 7) * 3] }));
const search: IslandJobSearch = {
  problem: { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([0, 1, 5, 9, 12, -4, 30, 7]), test: cases([2, 100]) },
  islands: 2,
  epochs: 2,
  options: { seed: 5, maxExecutions: 40_000, population: 60, maxGenerations: 2 },
  migrants: 6,
};

// Island epochs of the offline engine as BullMQ jobs on a real redis-server: the same search as in process.
describe('runIslandJobs', () => {
  let redis: TestRedis;
  let worker: JobWorker;
  beforeAll(async () => {
    redis = await startTestRedis();
    worker = startJobWorker({ url: redis.url, queue: GP_EPOCH_QUEUE, concurrency: 2, handle: runGpEpoch });
  });
  afterAll(async () => {
    await worker.close();
    await redis.dispose();
  });

  it('gets from workers what the islands give in process: populations and migrants survive the queue', async () => {
    const here = await runIslandJobs(search);
    const there = await runIslandJobs({ ...search, redis: redis.url });
    expect(here).toMatchObject({ solved: false, epochs: 2 });
    expect(here.executions).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });
});
