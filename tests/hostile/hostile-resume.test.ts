import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/registry/open-registry.js';
import { cliAsync } from '../support/cli.js';
import { expectFlagged, readRecorded } from './hostile-verdict.js';
import { hostileWorkspace, removeHostileWorkspaces } from './hostile-workspace.js';

// Before the result pipe, a seed that wrote garbage to fd 3 crashed the forge inside Node's IPC parser and left its run
// 'running' with no checkpointed stop; every `resume` re-evaluated the seed and crashed again.
describe('resume of a run whose candidate crashed the old result channel', () => {
  afterAll(removeHostileWorkspaces);

  it('finishes the run: the seed is a recorded failure and the forge stays up', async () => {
    const work = hostileWorkspace('garbage-on-result-fds.ts', 0, true);
    const directive = JSON.parse(readFileSync(work.directive, 'utf8')) as { id: string };
    const registry = openRegistry(work.workDir);
    try {
      // The registry exactly as the crashed forge left it: startRun's record, then nothing more.
      registry.createRun({
        id: 'run-20260101000000-crashd',
        directiveIds: [directive.id],
        directiveFiles: [work.directive],
        engine: 'gp',
        seed: 1,
        status: 'running',
        startedAt: '2026-01-01T00:00:00.000Z',
        checkpoint: {},
        options: { engine: 'gp', cycles: 1 },
      });
    } finally {
      registry.close();
    }
    const result = await cliAsync(work.workDir, ['resume', '--json']).done;
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ runId: 'run-20260101000000-crashd', status: 'completed' });
    const recorded = readRecorded(work.workDir);
    expectFlagged(recorded, recorded.candidates.find((c) => c.operator === 'seed'), 'load-error');
  }, 180_000);
});
