import { describe, expect, it } from 'vitest';
import type { Expectation } from './message-checker.js';
import { runSandboxedProcess } from './run-sandboxed-process.js';

// Stand-ins for a runner gone wrong (or taken over): each writes what it likes on the result pipe, fd 3.
const FRAME = `const frame = (m) => { const b = Buffer.from(JSON.stringify(m)); const h = Buffer.alloc(4); h.writeUInt32BE(b.length); return Buffer.concat([h, b]); };
const send = (m) => require('node:fs').writeSync(3, frame(m));`;

function runFake(script: string, expectation: Expectation = { kind: 'script' }) {
  return runSandboxedProcess({
    file: process.execPath,
    args: ['-e', `${FRAME}\n${script}`],
    cwd: process.cwd(),
    env: { PATH: '/usr/bin:/bin' },
    input: '{}',
    expectation,
    channel: { maxFrameBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 },
    timeoutMs: 10_000,
    memoryMb: 64,
    maxOutputBytes: 65_536,
  });
}

describe('the result channel cannot be used to crash or fool the parent', () => {
  it('takes a well-formed run, reading the job from stdin', async () => {
    const outcome = await runFake(`const job = require('node:fs').readFileSync(0, 'utf8');
      send({ kind: 'script', calls: [1], value: job }); send({ kind: 'done' }); setInterval(() => {}, 1000);`);
    expect(outcome).toMatchObject({ done: true, timedOut: false, notes: [], messages: [{ kind: 'script', value: '{}' }, { kind: 'done' }] });
  });

  it('ends the run on a garbage line, megabyte chunks or out-of-order results, with the reason', async () => {
    const outcomes = await Promise.all([
      runFake(`require('node:fs').writeSync(3, 'garbage line {"kind":"done"}\\n'); setInterval(() => {}, 1000);`),
      runFake(`const mb = Buffer.alloc(1 << 20, 0x7b); for (let i = 0; i < 8; i++) require('node:fs').writeSync(3, mb); setInterval(() => {}, 1000);`),
      runFake(`send({ kind: 'done' }); setInterval(() => {}, 1000);`),
      runFake(`send({ kind: 'script', calls: Array(300000).fill(1), value: 1 }); send({ kind: 'done' }); setInterval(() => {}, 1000);`),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.done).toBe(false);
      expect(outcome.notes).toHaveLength(1);
      expect(outcome.notes[0]).toMatch(/^forged-message: .*; process group killed$/);
    }
    expect(outcomes[0].notes[0]).toContain('exceeds the 1048576-byte cap');
    expect(outcomes[2].notes[0]).toContain('done after 0 of 1 results');
    expect(outcomes[3].notes[0]).toContain('calls');
  });

  it('ends a run that sends more than its total cap in valid frames', async () => {
    const flood = `for (let index = 0; index < 10; index++) send({ kind: 'case', split: 'train', index, ms: 0, value: 'x'.repeat(900000) });`;
    const outcome = await runFake(`${flood} setInterval(() => {}, 1000);`, { kind: 'examples', train: 100, test: 0 });
    expect(outcome.done).toBe(false);
    expect(outcome.messages.length).toBeLessThanOrEqual(4);
    expect(outcome.notes).toEqual(['output-cap: results exceeded 4194304 bytes; process group killed']);
  });

  it('does not count a process that exits 0 without done, or dies mid-run', async () => {
    const quiet = await runFake(`send({ kind: 'script', calls: [], value: 1 }); process.exit(0);`);
    expect(quiet).toMatchObject({ done: false, notes: [expect.stringMatching(/^exit-before-done: /)] });
    const killed = await runFake(`process.kill(process.pid, 'SIGKILL');`);
    expect(killed).toMatchObject({ done: false, notes: ['crash: killed by SIGKILL'] });
  });
});
