import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Absolute path of the CLI launcher. */
export const BIN = resolve('bin/hephaestus.mjs');

/** The result of one CLI invocation. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `hephaestus ...args` in a working directory and waits for it. */
export function cli(workDir: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: workDir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `hephaestus ...args` without waiting; collects its output. */
export function cliAsync(workDir: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: workDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolvePromise) => child.on('close', (status) => resolvePromise({ status, stdout, stderr })));
  return { child, done };
}

/** A fresh working directory holding a copy of a fixture directory from tests/fixtures. */
export function workspaceWith(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'heph-e2e-'));
  cpSync(resolve('tests/fixtures', fixture), dir, { recursive: true });
  return dir;
}

/** Waits until a condition holds, polling. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
