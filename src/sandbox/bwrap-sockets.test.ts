import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bwrapArgs } from './bwrap-args.js';
import { bwrapPath } from './bwrap-available.js';
import { sandboxCommand } from './sandbox-command.js';

const PROBE_DIR = realpathSync(fileURLToPath(new URL('./__fixtures__/', import.meta.url)));
const PROBE = join(PROBE_DIR, 'bwrap-probe.mjs');
const bwrap = bwrapPath();

/** A listener that counts the connections it accepts. */
async function listen(address: string | { port: number; host: string }): Promise<{ server: Server; accepted: () => number }> {
  let accepted = 0;
  const server = createServer((socket) => {
    accepted += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => (typeof address === 'string' ? server.listen(address, resolve) : server.listen(address.port, address.host, resolve)));
  return { server, accepted: () => accepted };
}

/** Runs the probe (mode `connect` or `sockets`) as a command line and returns the JSON it printed. */
function probe(command: string[], env: Record<string, string>): Record<string, unknown> {
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', ...env }, timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

// The bubblewrap layer on its own (no permission model), and the whole command a candidate runs under: neither may
// reach a UNIX socket of the host, by path or in the abstract namespace, nor TCP on the host's loopback.
describe.skipIf(!bwrap)('bubblewrap shows a candidate no host socket', () => {
  const hostDir = mkdtempSync('/var/tmp/heph-sock-');
  const scratch = mkdtempSync(join(tmpdir(), 'heph-sock-scratch-'));
  const pathSocket = join(hostDir, 'host.sock');
  const abstractSocket = `\0hephaestus-test-${randomBytes(6).toString('hex')}`;
  const listeners: Awaited<ReturnType<typeof listen>>[] = [];
  let targets = '';

  beforeAll(async () => {
    listeners.push(await listen(pathSocket), await listen(abstractSocket), await listen({ port: 0, host: '127.0.0.1' }));
    const address = listeners[2].server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    targets = JSON.stringify([
      { name: 'path', path: pathSocket },
      { name: 'abstract', path: abstractSocket },
      { name: 'tcp', port },
    ]);
  });
  afterAll(async () => {
    await Promise.all(listeners.map(({ server }) => new Promise((resolve) => server.close(resolve))));
    rmSync(hostDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  // spawnSync holds our event loop: the kernel queues a connection and the listener counts it once we yield.
  const connections = async (): Promise<number[]> => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return listeners.map((l) => l.accepted());
  };
  const view = { reads: [PROBE_DIR], decoys: [], scratch, scratchMb: 4 };

  it('is a real test: outside the sandbox the probe reaches all three listeners', async () => {
    const before = await connections();
    expect(probe([process.execPath, PROBE, 'connect'], { PROBE_TARGETS: targets })).toEqual({ path: 'connected', abstract: 'connected', tcp: 'connected' });
    expect(await connections()).toEqual(before.map((n) => n + 1));
  });

  it('under the bubblewrap layer alone, no listener is reached and every attempt fails with a reason', async () => {
    const before = await connections();
    const result = probe([bwrap ?? '', ...bwrapArgs(view), process.execPath, PROBE, 'connect'], { PROBE_TARGETS: targets });
    expect(result).toEqual({ path: 'ENOENT', abstract: 'ECONNREFUSED', tcp: 'ECONNREFUSED' });
    expect(await connections()).toEqual(before);
  });

  it('under the whole sandbox command (bubblewrap + permission model), no listener is reached either', async () => {
    const before = await connections();
    const command = sandboxCommand({ bwrap, ...view, runnerFile: PROBE, modulePath: 'connect', memoryMb: 128 });
    const result = probe([command.file, ...command.args], { PROBE_TARGETS: targets });
    expect(result).toEqual({ path: 'ENOENT', abstract: 'ECONNREFUSED', tcp: 'ECONNREFUSED' });
    expect(await connections()).toEqual(before);
  });

  it('leaves no socket file anywhere in the sandbox file system, and its network namespace knows no UNIX socket', { timeout: 180_000 }, () => {
    const outside = probe([process.execPath, PROBE, 'sockets'], {}) as { files: string[] };
    expect(outside.files).toContain(pathSocket);
    const inside = probe([bwrap ?? '', ...bwrapArgs(view), process.execPath, PROBE, 'sockets'], {});
    expect(inside).toEqual({ files: [], netUnix: 0 });
  });
});
