import { afterAll, beforeAll } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../tests/support/redis-server.js';
import { runIslandExecutorContract } from '../../engines/gp/island-executor.contract.js';
import { startJobWorker } from '../../scale/start-job-worker.js';
import { ISLAND_STEP_QUEUE, runIslandStepJob } from './island-step-job.js';
import { RemoteIslandExecutor } from './remote-island-executor.js';

// The executor a `run --redis` gives the offline engine, against a real redis-server and an in-process queue worker.
let redis: TestRedis;
let sessions = 0;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.dispose();
});

runIslandExecutorContract('RemoteIslandExecutor', async () => {
  const worker = startJobWorker({ url: redis.url, queue: ISLAND_STEP_QUEUE, concurrency: 2, handle: runIslandStepJob });
  const executor = new RemoteIslandExecutor();
  const runId = `contract-${++sessions}`;
  executor.bind({ url: redis.url, runId, attempt: `a-${runId}`, log: () => undefined });
  return { executor, dispose: () => worker.close() };
});
