import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from './sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageCandidate } from './sandbox-fixtures.js';

const one = exampleSet([[[1], [1]]]);

/** What a candidate must not get away with: faking success, touching files, secrets, processes or the network. */
export function registerContainmentContract(sandbox: Sandbox, options: { network: boolean }): void {
  const run = (source: string, cases = one) =>
    sandbox.evaluate({ modulePath: stageCandidate(source), evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });

  it('does not take process.exit(0) for success', async () => {
    const atLoad = await run('process.exit(0);\nexport default (x) => x;\n');
    expect(atLoad).toMatchObject({ status: 'crashed', solved: false, train: { passed: 0, total: 1 } });
    expect(atLoad.notes).toEqual([expect.stringMatching(/^exit-before-done: /)]);
    const inCall = await run('export default (x) => { process.exit(0); };\n');
    expect(inCall).toMatchObject({ status: 'crashed', solved: false });
  });

  it('does not take result JSON printed on stdout for success', async () => {
    const fake = JSON.stringify({ kind: 'done', status: 'passed', solved: true, train: { passed: 1, total: 1 } });
    const ev = await run(`console.log(${JSON.stringify(fake)});\nprocess.exit(0);\nexport default (x) => x;\n`);
    expect(ev).toMatchObject({ status: 'crashed', solved: false, train: { passed: 0 } });
    expect(ev.stderr).toContain('"solved":true');
  });

  it('rejects messages the candidate sends on the IPC channel itself', async () => {
    const forged = "process.send({ p: JSON.stringify({ kind: 'done', seq: 0 }), m: '0'.repeat(64) });";
    const ev = await run(`${forged}\nexport default (x) => x + 1;\n`);
    expect(ev).toMatchObject({ status: 'crashed', solved: false });
    expect(ev.notes).toEqual([expect.stringMatching(/^forged-message: bad MAC/)]);
    const rewriting = `const send = process._send;
      process._send = function (message, ...rest) {
        const altered = typeof message?.p === 'string' ? { p: message.p.replace('"value":2', '"value":1'), m: message.m } : message;
        return send.call(this, altered, ...rest);
      };\n`;
    const intercepted = await run(`${rewriting}export default (x) => x + 1;\n`);
    expect(intercepted).toMatchObject({ status: 'crashed', solved: false, train: { passed: 0 } });
    expect(intercepted.notes).toEqual([expect.stringMatching(/^forged-message: bad MAC/)]);
  });

  it('writes only to its scratch directory and reads nothing outside its allowance', async () => {
    const modulePath = stageCandidate(`import { readFileSync, writeFileSync } from 'node:fs';
      const attempt = (action) => { try { action(); return 'done'; } catch { return 'blocked'; } };
      export default function probe() {
        return [
          attempt(() => writeFileSync(new URL('./pwned.txt', import.meta.url), 'x')),
          attempt(() => writeFileSync('/tmp/hephaestus-pwned.txt', 'x')),
          attempt(() => readFileSync('/etc/passwd')),
          attempt(() => writeFileSync(process.cwd() + '/notes.txt', 'scratch is writable')),
        ];
      }\n`);
    const cases = exampleSet([[[], ['blocked', 'blocked', 'blocked', 'done']]]);
    const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });
    expect(ev.failingCases).toEqual([]);
    expect(ev.solved).toBe(true);
    expect(existsSync(join(dirname(modulePath), 'pwned.txt'))).toBe(false);
  });

  it('gives the candidate a scrubbed environment whose only API keys are decoys, and flags their use', async () => {
    const previous = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = 'sk-contract-fake-secret';
    try {
      // bubblewrap always sets PWD (to the scratch directory); besides the decoy keys nothing else may come through.
      const source = 'export default () => [process.env.OPENAI_API_KEY === "sk-contract-fake-secret", Object.keys(process.env).filter((k) => k !== "PWD").sort().join(",")];\n';
      const ev = await run(source, exampleSet([[[], [false, 'ANTHROPIC_API_KEY,HOME,LANG,OPENAI_API_KEY,PATH']]]));
      expect(ev.failingCases).toEqual([]);
      expect(ev.solved).toBe(true);
      const leak = await run('export default (x) => (console.log(process.env.OPENAI_API_KEY), x);\n');
      expect(leak).toMatchObject({ status: 'failed', solved: false, train: { passed: 1 } });
      expect(leak.notes).toEqual(['escape-attempt: a canary secret appeared in the output']);
    } finally {
      if (previous === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = previous;
    }
  });

  it('cannot start child processes or workers', async () => {
    const ev = await run(
      `import { execFileSync } from 'node:child_process';
      import { Worker } from 'node:worker_threads';
      const attempt = (action) => { try { action(); return 'done'; } catch { return 'blocked'; } };
      export default () => [attempt(() => execFileSync('/bin/echo', ['hi'])), attempt(() => new Worker('1', { eval: true }))];\n`,
      exampleSet([[[], ['blocked', 'blocked']]]),
    );
    expect(ev.failingCases).toEqual([]);
    expect(ev.solved).toBe(true);
  });

  if (options.network) registerNetworkContract(run);
}

function registerNetworkContract(run: (source: string, cases: ReturnType<typeof exampleSet>) => ReturnType<Sandbox['evaluate']>): void {
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

  it('cannot reach a TCP listener on 127.0.0.1', async () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const ev = await run(
      `import { connect } from 'node:net';
      export default (port) => new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve('connected'); });
        socket.on('error', () => resolve('blocked'));
      });\n`,
      exampleSet([[[port], ['blocked']]]),
    );
    expect(ev.failingCases).toEqual([]);
    expect(connections).toBe(0);
  });
}
