import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/hephaestus.mjs');

/** `count` worker processes on one Redis, started and ready; `stop` ends them. */
export async function startWorkerFleet(url: string, count: number, concurrency: number): Promise<{ stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'heph-bench-workers-'));
  const children: ChildProcess[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', String(concurrency)], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      children.push(child);
      await new Promise<void>((ready, fail) => {
        let said = '';
        child.stderr?.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          if (said.includes('worker ready')) ready();
        });
        child.on('exit', (code) => fail(new Error(`worker exited (${code}): ${said}`)));
      });
    }),
  );
  return {
    stop: async () => {
      await Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done(undefined) : (child.on('exit', done), child.kill('SIGTERM'))))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
