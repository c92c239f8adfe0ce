import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '../support/in-parallel.js';
import { cliAsync } from '../support/cli.js';
import { openCountingListener, type CountingListener } from './hostile-listener.js';
import { HOSTILE_TABLE } from './hostile-table.js';
import { expectFlagged, expectFlags, readRecorded } from './hostile-verdict.js';
import { hostileWorkspace, removeHostileWorkspaces } from './hostile-workspace.js';

// A sample of the table through the real CLI: `hephaestus eval` and `hephaestus run` with the program as the seed.
const EVAL_SAMPLE = ['fds-through-global.ts', 'connect-local-listener.ts', 'uncloneable-result.ts', 'typed-array-hoard.ts'];
const RUN_SAMPLE = ['wasm-through-constructor.ts', 'exit-zero-at-load.ts'];
const flagOf = (program: string): string | null => {
  const found = HOSTILE_TABLE.find((c) => c.program === program);
  if (!found) throw new Error(`${program} is missing from the table`);
  return found.flag;
};

describe('hostile programs through the CLI', () => {
  let listener: CountingListener;
  beforeAll(async () => {
    listener = await openCountingListener();
  });
  afterAll(async () => {
    removeHostileWorkspaces();
    await listener?.close();
  });

  it('eval: exit 1, the flag printed, the candidate recorded as a flagged failure', async () => {
    const results = await inParallel(EVAL_SAMPLE, 2, async (program) => {
      const work = hostileWorkspace(program, listener.port);
      const result = await cliAsync(work.workDir, ['eval', 'directive.json', 'candidate.ts', '--json']).done;
      return { program, result, recorded: readRecorded(work.workDir) };
    });
    for (const { program, result, recorded } of results) {
      expect(result.status, `${program}: ${result.stderr}`).toBe(1);
      const verdict = JSON.parse(result.stdout) as { solved: boolean; flags: string[] };
      expect(verdict.solved).toBe(false);
      expectFlags(verdict.flags, flagOf(program));
      expectFlagged(recorded, recorded.candidates[0], flagOf(program));
    }
    expect(listener.connections()).toBe(0);
  }, 120_000);

  it('run --cycles 1 --engine gp with the program as seed: completes, the seed flagged and raised', async () => {
    const results = await inParallel(RUN_SAMPLE, 2, async (program) => {
      const work = hostileWorkspace(program, listener.port, true);
      const result = await cliAsync(work.workDir, ['run', 'directive.json', '--cycles', '1', '--engine', 'gp', '--seed', '1', '--json']).done;
      return { program, result, recorded: readRecorded(work.workDir) };
    });
    for (const { program, result, recorded } of results) {
      expect(result.status, `${program}: ${result.stderr}`).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ status: 'completed' });
      expectFlagged(recorded, recorded.candidates.find((c) => c.operator === 'seed'), flagOf(program));
    }
  }, 120_000);
});
