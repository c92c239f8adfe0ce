import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertRunnerStarted, endedBeforeReady } from './assert-runner-started.js';
import { runSandboxedProcess } from './run-sandboxed-process.js';

const RUNNER = fileURLToPath(new URL('./runner/candidate-runner.mjs', import.meta.url));
const ISOLATED_VM = realpathSync(createRequire(import.meta.url).resolve('isolated-vm'));

// The real runner, started directly, with a job that only names isolated-vm: it gets as far as that library allows.
function startRunner(isolatedVm: string) {
  return runSandboxedProcess({
    file: process.execPath,
    args: [RUNNER, '/nonexistent/candidate.mjs'],
    cwd: process.cwd(),
    env: { PATH: '/usr/bin:/bin' },
    input: JSON.stringify({ isolatedVm }),
    expectation: { kind: 'script' },
    channel: { maxFrameBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 },
    timeoutMs: 20_000,
    memoryMb: 128,
    maxOutputBytes: 65_536,
  });
}

describe('a runner that cannot start is the run\'s failure, not a candidate\'s score', () => {
  it('throws SANDBOX_FAILURE naming the cause when isolated-vm cannot be loaded', async () => {
    const outcome = await startRunner('/nonexistent/isolated-vm/isolated-vm.js');
    expect(outcome.messages).toEqual([]);
    let thrown: unknown;
    try {
      assertRunnerStarted(outcome);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'SANDBOX_FAILURE', message: expect.stringMatching(/ended before it could load a candidate.*Error: Cannot find module.*isolated-vm is built/) });
  });

  it('leaves a runner that was ready to the evaluation, however it ended later', async () => {
    const outcome = await startRunner(ISOLATED_VM);
    expect(outcome.messages[0]).toEqual({ kind: 'ready' });
    expect(outcome.done).toBe(false);
    expect(() => assertRunnerStarted(outcome)).not.toThrow();
  });

  it('leaves a timeout, or a runner the sandbox killed for what it wrote, to the evaluation', () => {
    expect(() => assertRunnerStarted({ messages: [], done: false, timedOut: true, notes: ['timeout: wall limit'], output: '' })).not.toThrow();
    const capped = { messages: [], done: false, timedOut: false, notes: ['output-cap: stdout/stderr exceeded 10 bytes; process group killed'], output: 'x' };
    expect(endedBeforeReady(capped)).toBe(false);
    expect(() => assertRunnerStarted(capped)).not.toThrow();
  });
});
