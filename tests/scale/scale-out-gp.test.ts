import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISLAND_STEP_QUEUE } from '../../src/forge/scale/island-step-job.js';
import { decodeRegistryJson } from '../../src/registry/registry-json.js';
import { cli, cliAsync, workspaceWith } from '../support/cli.js';
import { startTestRedis, type TestRedis } from '../support/redis-server.js';
import { registeredCandidates, startWorkerProcess, waitUntil, watchQueue, type WorkerProcess } from '../support/scale-processes.js';

// The offline engine's search scaled out: `run --redis` sends its island epochs to `hephaestus worker` processes and
// must end exactly where an in-process run of the same seed ends: the same candidates, executions and populations.
const RUN = ['run', 'directive.json', '--engine', 'gp', '--seed', '5', '--cycles', '2', '--json'];
// Two islands of 120, three epochs of two generations and a final scoring per cycle: 16 island steps in all.
const CONFIG = { gp: { population: 240, generations_per_cycle: 6, migration_interval: 2, islands: 2, migrants: 5 } };
const STEPS = 16;

function workspace(): string {
  const work = workspaceWith('hard');
  mkdirSync(join(work, 'config'), { recursive: true });
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify(CONFIG));
  return work;
}

/** What a run leaves besides its candidates: the executions charged and the engine state (the GP populations). */
function runRecord(work: string): { executions: number; engineState: unknown } {
  const db = new Database(join(work, '.hephaestus', 'registry.db'), { readonly: true });
  try {
    const row = db.prepare('select checkpoint, engine_state from runs').get() as { checkpoint: string; engine_state: string };
    return { executions: decodeRegistryJson<Record<string, number>>(row.checkpoint)['hash-of-string.executions'], engineState: decodeRegistryJson(row.engine_state) };
  } finally {
    db.close();
  }
}

/** Stops a worker cleanly and reads how many island steps it says it ran. */
async function islandStepsOf(worker: WorkerProcess): Promise<number> {
  worker.child.kill('SIGTERM');
  const { stderr } = await worker.done;
  const said = /worker stopped: \d+ evaluation\(s\), (\d+) island step\(s\)/.exec(stderr);
  expect(said, stderr).not.toBeNull();
  return Number(said?.[1]);
}

describe.sequential('the offline engine scaled out on BullMQ + Redis', () => {
  let redis: TestRedis;
  let reference: { candidates: string[]; executions: number; engineState: unknown };
  const killed: WorkerProcess[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
    const work = workspace();
    const result = cli(work, RUN);
    expect(result.status, result.stderr).toBe(1);
    reference = { candidates: registeredCandidates(work), ...runRecord(work) };
    expect(reference.executions).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    for (const w of killed) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await redis.dispose();
  });

  it('runs the island epochs on a worker process and ends where the in-process run ends', async () => {
    const work = workspace();
    const worker = await startWorkerProcess(work, redis.url, ['--concurrency', '2']);
    killed.push(worker);
    const result = await cliAsync(work, [...RUN, '--redis', redis.url]).done;
    expect(result.status, result.stderr).toBe(1);
    expect(await islandStepsOf(worker)).toBeGreaterThanOrEqual(STEPS);
    expect(registeredCandidates(work)).toEqual(reference.candidates);
    expect(runRecord(work)).toEqual({ executions: reference.executions, engineState: reference.engineState });
  }, 90_000);

  it('retries the epoch of a worker killed mid-epoch on another, and charges its executions once', async () => {
    const work = workspace();
    const queue = watchQueue(redis.url, ISLAND_STEP_QUEUE);
    const first = await startWorkerProcess(work, redis.url, ['--concurrency', '1']);
    killed.push(first);
    const run = cliAsync(work, [...RUN, '--redis', redis.url]);
    await waitUntil(async () => (await queue.getActiveCount()) > 0, 60_000, 'an island step in hand');
    first.child.kill('SIGKILL');
    const second = await startWorkerProcess(work, redis.url, ['--concurrency', '2']);
    killed.push(second);
    const result = await run.done;
    await queue.close();
    expect(result.status, result.stderr).toBe(1);
    // The killed worker's step ran again on the second: it ran at least the steps the first never finished.
    expect(await islandStepsOf(second)).toBeGreaterThan(0);
    expect(registeredCandidates(work)).toEqual(reference.candidates);
    expect(runRecord(work)).toEqual({ executions: reference.executions, engineState: reference.engineState });
  }, 90_000);
});
