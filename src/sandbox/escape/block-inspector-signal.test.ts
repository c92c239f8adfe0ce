import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync } from '../../../tests/support/cli.js';
import { openRegistry } from '../../registry/open-registry.js';

/** Resolves with everything the process wrote to stderr once `ready` appears on its stdout. */
function whenReady(child: ChildProcess, ready: RegExp): Promise<{ stderr: () => string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready.test(chunk.toString())) resolve({ stderr: () => stderr });
    });
  });
}

/** True when something accepts a TCP connection on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1_500));

describe('SIGUSR1 sent to the forge', () => {
  it('is a real test: a plain node process opens an inspector on it', async () => {
    // Port 0: the control must not take 9229 from anything else on the machine.
    const child = spawn(process.execPath, ['--inspect-port=0', '-e', 'console.log("ready"); setInterval(() => {}, 1000);']);
    const ready = await whenReady(child, /ready/);
    child.kill('SIGUSR1');
    await settle();
    child.kill('SIGKILL');
    expect(ready.stderr()).toContain('Debugger listening');
  });

  it('opens nothing in a running hephaestus: no inspector on 9229, and the process carries on', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'heph-sigusr1-'));
    openRegistry(work).close();
    const before = await listening(9229);
    const served = cliAsync(work, ['serve', '--port', '0']);
    try {
      const ready = await whenReady(served.child, /dashboard at/);
      served.child.kill('SIGUSR1');
      await settle();
      expect(ready.stderr()).not.toContain('Debugger listening');
      if (!before) expect(await listening(9229)).toBe(false);
      expect(served.child.exitCode).toBeNull();
      served.child.kill('SIGTERM');
      expect((await served.done).status).toBe(0);
    } finally {
      served.child.kill('SIGKILL');
      rmSync(work, { recursive: true, force: true });
    }
  });
});
