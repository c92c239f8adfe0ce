import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { locateExecutable } from './locate-executable.js';
import type { Sandbox } from './sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageCandidate, stageFiles } from './sandbox-fixtures.js';

const one = exampleSet([[[1], [1]]]);
// The environment names canary-set.ts may give decoy keys (a varying subset per evaluation).
const DECOY_NAMES = ['ANTHROPIC_API_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'SLACK_BOT_TOKEN'];

// The directive's own test file is the only code in the sandbox with Node's APIs; it probes the layers around the judge.
const layerProbes = (port: number, quota: boolean): string => `import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
const attempt = (action: () => unknown): string => { try { action(); return 'done'; } catch { return 'blocked'; } };
export default {
  files: (): void => assert.deepEqual([
    attempt(() => writeFileSync(new URL('./pwned.txt', import.meta.url), 'x')),
    attempt(() => writeFileSync('/tmp/hephaestus-pwned.txt', 'x')),
    attempt(() => readFileSync('/etc/passwd')),
    attempt(() => writeFileSync(process.cwd() + '/notes.txt', 'scratch is writable')),
  ], ['blocked', 'blocked', 'blocked', 'done']),
  environment: (): void => {
    assert.notEqual(process.env.OPENAI_API_KEY, 'sk-contract-fake-secret');
    // bubblewrap sets PWD; the decoy keys are a varying set; nothing else of the host may come through.
    const decoys = ${JSON.stringify(DECOY_NAMES)};
    assert.equal(Object.keys(process.env).filter((k) => k !== 'PWD' && !decoys.includes(k)).sort().join(','), 'HOME,LANG,PATH');
  },
  // The scratch quota (64 MB): bubblewrap's tmpfs answers ENOSPC, prlimit's per-file limit EFBIG.
  disk: (): void => {
    if (!${quota}) return;
    const fd = openSync(process.cwd() + '/fill.bin', 'w');
    let code = 'none';
    try { for (let i = 0; i < 100; i += 1) writeSync(fd, Buffer.alloc(1024 * 1024, 1)); } catch (error) { code = (error as { code?: string }).code ?? '?'; } finally { closeSync(fd); }
    assert.match(code, /^(ENOSPC|EFBIG)$/);
  },
  processes: (): void => assert.deepEqual([attempt(() => execFileSync('/bin/echo', ['hi'])), attempt(() => new Worker('1', { eval: true }))], ['blocked', 'blocked']),
  network: async (): Promise<void> => {
    if (${port} === 0) return;
    const reached = await new Promise((resolve) => {
      const socket = connect(${port}, '127.0.0.1', () => { socket.destroy(); resolve('connected'); });
      socket.on('error', () => resolve('blocked'));
    });
    assert.equal(reached, 'blocked');
  },
};
`;

/** What a candidate must not get away with, and the layers around the judge that still hold (files, secrets, processes, disk, network). */
export function registerContainmentContract(sandbox: Sandbox, options: { network: boolean }): void {
  const run = (source: string, cases = one) =>
    sandbox.evaluate({ modulePath: stageCandidate(source), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });

  it('has no process to exit with and no output to fake a result on', async () => {
    const atLoad = await run('process.exit(0);\nexport default (x) => x;\n');
    expect(atLoad).toMatchObject({ status: 'failed', solved: false, train: { passed: 0, total: 1 } });
    expect(atLoad.notes).toEqual([
      'load-error: the candidate module failed to load: process is not defined',
      expect.stringMatching(/^unavailable: .*process is not defined/),
    ]);
    const fake = JSON.stringify({ kind: 'done', status: 'passed', solved: true, train: { passed: 1, total: 1 } });
    const printed = await run(`console.log(${JSON.stringify(fake)});\nexport default (x) => x + 1;\n`);
    expect(printed).toMatchObject({ status: 'failed', solved: false, train: { passed: 0 }, stderr: '' });
  });

  let server: Server;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('confines the judge too: files, environment, processes, the scratch quota and (under bubblewrap) the network', async () => {
    const previous = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = 'sk-contract-fake-secret';
    try {
      const address = server.address();
      const port = options.network && typeof address === 'object' && address ? address.port : 0;
      // Without bubblewrap the quota is prlimit's per-file size limit, so a machine without prlimit has none to test.
      const quota = options.network || locateExecutable('prlimit') !== undefined;
      const dir = stageFiles({ 'layers.test.ts': layerProbes(port, quota) });
      const modulePath = stageCandidate('export default (x) => x;\n');
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'tests', files: [join(dir, 'layers.test.ts')] }, limits: CONTRACT_LIMITS });
      expect(ev.failingCases).toEqual([]);
      expect(ev).toMatchObject({ status: 'passed', solved: true, train: { passed: 5, total: 5 } });
      expect(connections).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = previous;
    }
  });
}
