import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '../support/in-parallel.js';
import { evaluateModule, type ModuleVerdict } from '../../src/forge/eval/evaluate-module.js';
import { createSandbox } from '../../src/sandbox/create-sandbox.js';
import { processesMentioning } from '../../src/sandbox/sandbox-fixtures.js';
import { openCountingListener, type CountingListener } from './hostile-listener.js';
import { HOSTILE_TABLE } from './hostile-table.js';
import { expectFlagged, expectFlags, readRecorded, type Recorded } from './hostile-verdict.js';
import { FIXTURE_DIR, hostileWorkspace, PROGRAMS_DIR, removeHostileWorkspaces } from './hostile-workspace.js';

// Every hostile program through the eval path in-process (the CLI's own path is sampled in hostile-cli.test.ts).
describe('hostile programs through eval', () => {
  let listener: CountingListener;
  const outcomes = new Map<string, { verdict: ModuleVerdict; recorded: Recorded }>();
  const expectedOutputs = readFileSync(join(FIXTURE_DIR, 'train.jsonl'), 'utf8');

  beforeAll(async () => {
    listener = await openCountingListener();
    const sandbox = createSandbox({ bwrap: 'auto' });
    await inParallel(HOSTILE_TABLE, 2, async ({ program }) => {
      const work = hostileWorkspace(program, listener.port);
      const verdict = await evaluateModule({ workDir: work.workDir, directiveFile: work.directive, moduleFile: work.module, sandbox, record: true });
      outcomes.set(program, { verdict, recorded: readRecorded(work.workDir) });
    });
  }, 240_000);

  afterAll(async () => {
    removeHostileWorkspaces();
    await listener?.close();
  });

  it('has exactly one table line per program file, at least 30', () => {
    expect(HOSTILE_TABLE.map((c) => c.program).sort()).toEqual(readdirSync(PROGRAMS_DIR).sort());
    expect(HOSTILE_TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_TABLE)('$program: contained, a failure, flag $flag', ({ program, flag }) => {
    const outcome = outcomes.get(program);
    expect(outcome).toBeDefined();
    if (!outcome) return;
    expect(outcome.verdict.solved).toBe(false);
    expect(outcome.recorded.candidates).toHaveLength(1);
    expectFlags(outcome.verdict.recorded?.flags, flag);
    expectFlagged(outcome.recorded, outcome.recorded.candidates[0], flag);
  });

  it('left nothing behind: no connection reached the listener, no file written outside, no process alive', () => {
    expect(listener.connections()).toBe(0);
    expect(readFileSync(join(FIXTURE_DIR, 'train.jsonl'), 'utf8')).toBe(expectedOutputs);
    expect(existsSync('/tmp/hephaestus-hostile-pwned.txt')).toBe(false);
    expect(processesMentioning('sleep 600')).toEqual([]);
  });
});
