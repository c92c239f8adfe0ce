import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, workspaceWith } from '../support/cli.js';
import { startTestRedis, type TestRedis } from '../support/redis-server.js';
import { ISLAND_STEP_QUEUE } from '../../src/forge/scale/island-step-job.js';
import { registeredCandidates, startWorkerProcess, waitUntil, watchQueue, type WorkerProcess } from '../support/scale-processes.js';

// A run scaled out on a real redis-server and `hephaestus worker` processes, against the faults of issue 14. The
// password and the API key are canaries: neither may reach the queue, a log or the registry.
const PASSWORD = 'pw-canary-7f3a9c';
const API_KEY = 'sk-canary-0d8e2b41';
const RUN = ['run', 'directive.json', '--engine', 'gp', '--seed', '3', '--cycles', '3', '--json'];

describe.sequential('a run scaled out on BullMQ + Redis', () => {
  let redis: TestRedis;
  let reference: string[];
  const workers: WorkerProcess[] = [];
  const logs: string[] = [];
  const works: string[] = [];
  const stopWorkers = async (): Promise<void> => {
    for (const w of workers.splice(0)) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      logs.push((await w.done).stderr);
    }
  };

  beforeAll(async () => {
    redis = await startTestRedis({ aof: true, password: PASSWORD });
    const work = workspaceWith('hard');
    expect(cli(work, RUN).status).toBe(1);
    reference = registeredCandidates(work);
  }, 180_000);
  afterAll(async () => {
    await stopWorkers();
    await redis.dispose();
  });

  it('registers what an in-process run of the seed does, through a worker killed mid-job and a Redis restart', async () => {
    const work = workspaceWith('hard');
    works.push(work);
    const queue = watchQueue(redis.url);
    workers.push(await startWorkerProcess(work, redis.url, ['--concurrency', '1']));
    const run = cliAsync(work, [...RUN, '--redis', redis.url], { OPENAI_API_KEY: API_KEY, ANTHROPIC_API_KEY: API_KEY });
    await waitUntil(async () => (await queue.getActiveCount()) > 0, 60_000, 'a job in hand');
    workers[0].child.kill('SIGKILL');
    workers.push(await startWorkerProcess(work, redis.url, ['--concurrency', '2']));
    await waitUntil(() => registeredCandidates(work).length >= 3, 120_000, 'the first candidates', 100);
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await redis.start();
    const result = await run.done;
    await queue.close();
    logs.push(result.stderr);
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).directives[0]).toMatchObject({ id: 'hash-of-string', cycles: 3 });
    // The same candidates with the same verdicts, none twice.
    const registered = registeredCandidates(work);
    expect(registered).toEqual(reference);
    expect(new Set(registered.map((line) => line.split(' ')[0])).size).toBe(registered.length);
    expect(result.stderr).toContain('redis://***@127.0.0.1');
    expect(result.stderr).toMatch(/Redis redis:\/\/\*\*\*@127\.0\.0\.1:\d+ unreachable, waiting/);
    await stopWorkers();
  }, 240_000);

  it('hands a frozen worker’s job to another, which finishes the run; the late result changes nothing', async () => {
    const work = workspaceWith('hard');
    works.push(work);
    const queue = watchQueue(redis.url);
    const slow = await startWorkerProcess(work, redis.url, ['--concurrency', '1']);
    workers.push(slow);
    const run = cliAsync(work, [...RUN, '--redis', redis.url]);
    await waitUntil(async () => (await queue.getActiveCount()) > 0, 60_000, 'a job in hand');
    slow.child.kill('SIGSTOP');
    workers.push(await startWorkerProcess(work, redis.url, ['--concurrency', '2']));
    const result = await run.done;
    slow.child.kill('SIGCONT');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await queue.close();
    logs.push(result.stderr);
    expect(result.status, result.stderr).toBe(1);
    expect(registeredCandidates(work)).toEqual(reference);
    await stopWorkers();
  }, 240_000);

  it('resumes a run whose controller was killed, and the workers drop the dead session’s jobs', async () => {
    const work = workspaceWith('hard');
    works.push(work);
    // The offline engine's island steps go first (on their own queue), its candidates' evaluations after.
    const queues = [watchQueue(redis.url), watchQueue(redis.url, ISLAND_STEP_QUEUE)];
    // No worker yet: the first controller's jobs wait on the queue when it dies (none of an earlier test's are left).
    for (const queue of queues) {
      await queue.drain(true);
      await queue.clean(0, 10_000, 'failed');
    }
    const first = cliAsync(work, [...RUN, '--redis', redis.url]);
    await waitUntil(async () => (await Promise.all(queues.map((q) => q.getWaitingCount()))).some((n) => n > 0), 120_000, 'queued jobs');
    first.child.kill('SIGKILL');
    logs.push((await first.done).stderr);
    const resumed = cliAsync(work, ['resume', '--redis', redis.url, '--json']);
    let said = '';
    resumed.child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    await waitUntil(() => said.includes('controller session'), 60_000, 'the resumed session', 100);
    workers.push(await startWorkerProcess(work, redis.url, ['--concurrency', '2']));
    const result = await resumed.done;
    logs.push(result.stderr);
    expect(result.status, result.stderr).toBe(1);
    const stale = (await Promise.all(queues.map((q) => q.getFailed()))).flat().map((job) => job.failedReason);
    await Promise.all(queues.map((q) => q.close()));
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((reason) => reason.startsWith('stale: run '))).toBe(true);
    const registered = registeredCandidates(work);
    expect(registered.length).toBeGreaterThan(0);
    expect(new Set(registered.map((line) => line.split(' ')[0])).size).toBe(registered.length);
    await stopWorkers();
  }, 240_000);

  it('never put a secret on the queue, in a log or in the registry', () => {
    // Redis's append-only file holds every write ever made to it: every job payload of every test above.
    const aof = readdirSync(join(redis.dir, 'appendonlydir')).map((f) => readFileSync(join(redis.dir, 'appendonlydir', f), 'utf8')).join('');
    expect(aof).toContain('"code"');
    expect(aof).toContain('"directive"');
    for (const secret of [PASSWORD, API_KEY]) {
      expect(aof).not.toContain(secret);
      expect(logs.join('\n')).not.toContain(secret);
    }
    expect(logs.join('\n')).toContain('redis://***@127.0.0.1');
    // Every registry file (database, WAL) of every scaled-out run: the URL is recorded, redacted.
    const registries = works.flatMap((work) => readdirSync(join(work, '.hephaestus')).map((f) => readFileSync(join(work, '.hephaestus', f), 'latin1'))).join('');
    expect(registries).toContain('redis://***@127.0.0.1');
    expect(registries).not.toContain(PASSWORD);
  });
});
