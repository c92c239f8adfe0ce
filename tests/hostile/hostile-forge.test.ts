import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '../support/in-parallel.js';
import { startRun } from '../../src/forge/run/start-run.js';
import type { RunOutcome } from '../../src/forge/run/run-options.js';
import { createSandbox } from '../../src/sandbox/create-sandbox.js';
import { openCountingListener, type CountingListener } from './hostile-listener.js';
import { HOSTILE_TABLE } from './hostile-table.js';
import { expectFlagged, readRecorded, type Recorded } from './hostile-verdict.js';
import { FIXTURE_DIR, hostileWorkspace, removeHostileWorkspaces } from './hostile-workspace.js';

// Every hostile program as the seed of a one-cycle offline run, in-process (hostile-cli.test.ts samples the CLI).
describe('hostile programs through the forge loop', () => {
  let listener: CountingListener;
  const outcomes = new Map<string, { outcome: RunOutcome; recorded: Recorded; nodes: string[] }>();
  const expectedOutputs = readFileSync(join(FIXTURE_DIR, 'train.jsonl'), 'utf8');

  beforeAll(async () => {
    listener = await openCountingListener();
    const sandbox = createSandbox({ bwrap: 'auto' });
    await inParallel(HOSTILE_TABLE, 2, async ({ program }) => {
      const work = hostileWorkspace(program, listener.port, true);
      const outcome = await startRun({ workDir: work.workDir, directiveFiles: [work.directive], engine: 'gp', seed: 1, cycles: 1, sandbox, handleSignals: false, log: () => undefined });
      let nodes: string[] = [];
      try {
        nodes = readdirSync(join(work.workDir, 'nodes'), { recursive: true }).map(String);
      } catch {
        nodes = [];
      }
      outcomes.set(program, { outcome, recorded: readRecorded(work.workDir), nodes });
    });
  }, 240_000);

  afterAll(async () => {
    removeHostileWorkspaces();
    await listener?.close();
  });

  it.each(HOSTILE_TABLE)('$program as a seed: the run completes, the seed is a failure, never promoted when flagged', ({ program, flag }) => {
    const run = outcomes.get(program);
    expect(run).toBeDefined();
    if (!run) return;
    expect(run.outcome.status).toBe('completed');
    expect(run.outcome.directives[0]?.solved).toBe(false);
    const seed = run.recorded.candidates.find((c) => c.operator === 'seed');
    expectFlagged(run.recorded, seed, flag);
    // A flagged seed is voided, so never the run's best; an unflagged one is a plain wrong module the forge may keep as
    // its best unsolved candidate so far, like any other.
    if (flag !== null) expect(run.nodes).toEqual([]);
  });

  it('left the listener and the expected outputs untouched', () => {
    expect(listener.connections()).toBe(0);
    expect(readFileSync(join(FIXTURE_DIR, 'train.jsonl'), 'utf8')).toBe(expectedOutputs);
  });
});
