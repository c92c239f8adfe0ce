import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { cliAsync, type CliResult } from './cli.js';

/** A `hephaestus worker` child process. */
export interface WorkerProcess {
  child: ChildProcess;
  done: Promise<CliResult>;
}

/** Starts `hephaestus worker --redis url ...extra` in a working dir and waits until it says it is ready. */
export async function startWorkerProcess(workDir: string, url: string, extra: string[] = []): Promise<WorkerProcess> {
  const { child, done } = cliAsync(workDir, ['worker', '--redis', url, '--lock-ms', '3000', ...extra]);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('worker ready')) resolve();
    });
    void done.then((result) => reject(new Error(`worker exited before it was ready: ${result.stderr}`)));
  });
  return { child, done };
}

/** Polls until a condition holds (async), failing after a while. */
export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string, everyMs = 10): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The candidates of a working dir's registry as `hash status` lines, sorted (empty when there is no registry yet). */
export function registeredCandidates(workDir: string): string[] {
  try {
    const db = new Database(join(workDir, '.hephaestus', 'registry.db'), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select hash, status from candidates').all() as Array<{ hash: string; status: string }>).map((r) => `${r.hash} ${r.status}`).sort();
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/** A BullMQ handle on a queue (the evaluation queue by default), for a test to watch (counts) and inspect (failed jobs). */
export function watchQueue(url: string, name = 'hephaestus-evaluations'): Queue {
  const queue = new Queue(name, { connection: { url, maxRetriesPerRequest: null } });
  queue.on('error', () => undefined);
  return queue;
}
