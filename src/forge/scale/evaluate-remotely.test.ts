import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../tests/support/redis-server.js';
import { buildCandidate } from '../../check/build-candidate.js';
import { startJobWorker } from '../../scale/start-job-worker.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { sandboxJob } from '../stages/sandbox-job.js';
import { connectRemote } from './connect-remote.js';
import { evaluateRemotely } from './evaluate-remotely.js';
import { EVALUATION_QUEUE } from './evaluation-job.js';
import { runWorker } from './run-worker.js';

const SOLVED = "export default function fizz(x: number): string {\n  return x % 3 === 0 ? 'Fizz' : String(x);\n}\n";
const NAN_ON_ONE = "export default function fizz(x: number): string {\n  return x === 1 ? (NaN as unknown as string) : String(x);\n}\n";
const item = (code: string, hash: string, failure?: string): CycleItem => ({ proposal: { code, parents: [], operator: 'test', failure }, hash });

// The test stage of a scaled-out run against a real redis-server and worker: the same verdict as in process, and a
// poison job recorded with its reason.
describe('evaluateRemotely', () => {
  let redis: TestRedis;
  let fixture: Awaited<ReturnType<typeof forgeStateFixture>>;
  let state: ForgeState;
  beforeAll(async () => {
    redis = await startTestRedis();
    fixture = await forgeStateFixture();
    state = fixture.state;
  });
  afterAll(async () => {
    fixture.close();
    await redis.dispose();
  });

  it('gets a worker to build, test and score each candidate as the loop would here', async () => {
    const worker = runWorker({ redis: redis.url, workDir: state.services.workDir, concurrency: 2, lockMs: 1_000, log: () => undefined });
    const remote = await connectRemote(redis.url, state.services.registry, state.run.id, () => undefined);
    state.items = [item(SOLVED, 'h-solved'), item('export default function fizz(x: number): string {\n  return x;\n}\n', 'h-typed'), item('', 'h-none', 'empty reply'), item(NAN_ON_ONE, 'h-nan')];
    state.items[2].build = { ok: false, errors: [], structural: { lines: 0, cyclomatic: 0, typeErrors: 0, lintFindings: 0 }, stagingDir: '' };
    const before = state.counters.evaluations;
    await evaluateRemotely(state, remote);
    await remote.close();
    await worker.close();
    const [solved, typed, , nan] = state.items;
    const here = buildCandidate({ code: SOLVED, directive: state.directive, stagingRoot: mkdtempSync(join(tmpdir(), 'heph-here-')) });
    const local = await state.services.sandbox.evaluate(sandboxJob(state.directive, state.examples, here.modulePath ?? '', 65_536, 'untrusted'));
    expect(solved.evaluation).toMatchObject({ status: local.status, train: local.train, test: local.test, solved: true });
    expect(solved.build).toMatchObject({ ok: true, structural: here.structural, stagingDir: '' });
    expect(solved.build?.modulePath).toBeUndefined();
    expect(solved.score).toBeGreaterThan(0.9);
    expect(typed.build?.ok).toBe(false);
    expect(typed.build?.errors[0].stage).toBe('type-check');
    expect(typed.evaluation).toBeUndefined();
    expect(state.counters.evaluations - before).toBe(2);
    // NaN crosses the queue as NaN (registry JSON), not as null.
    expect(nan.evaluation?.failingCases.some((c) => Number.isNaN(c.actual))).toBe(true);
  });

  it('records a job that fails on every attempt, with its reason, and the candidate as crashed', async () => {
    const poison = startJobWorker({ url: redis.url, queue: EVALUATION_QUEUE, concurrency: 1, lockMs: 1_000, handle: async () => Promise.reject(new Error('no sandbox on this worker')) });
    const remote = await connectRemote(redis.url, state.services.registry, state.run.id, () => undefined);
    state.items = [item(SOLVED.replace('fizz', 'fizz2'), 'h-poison')];
    await evaluateRemotely(state, remote);
    await remote.close();
    await poison.close();
    const [only] = state.items;
    expect(only.evaluation).toMatchObject({ status: 'crashed', notes: ['worker job failed after 3 attempt(s): no sandbox on this worker'] });
    const events = state.services.registry.listEvents({ runId: state.run.id, kind: 'worker-job-failed' });
    expect(events.map((e) => e.data)).toEqual([{ hash: 'h-poison', reason: 'worker job failed after 3 attempt(s): no sandbox on this worker' }]);
  });
});
