import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { registryPath } from '../../src/registry/open-registry.js';
import { cliAsync } from '../support/cli.js';

/** When to kill: during start-up, at a random point of the run, or just as a cycle's candidates are being registered. */
export type KillMoment = 'startup' | 'anywhere' | 'registering';

/** How one forge process ended. */
export interface KillOutcome {
  moment: KillMoment;
  /** False when the process ended on its own before the kill. */
  killed: boolean;
  afterMs: number;
}

const POLL_MS = 25;
// Bounds the wait for a cycle to reach its register stage on a heavily loaded machine.
const REGISTER_WAIT_MS = 45_000;

function candidateCount(workDir: string): number {
  if (!existsSync(registryPath(workDir))) return -1;
  try {
    const db = new Database(registryPath(workDir), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

/** Starts `hephaestus ...args` in workDir and SIGKILLs it at the given kind of moment (a random delay within it). */
export async function killForge(workDir: string, args: string[], moment: KillMoment): Promise<KillOutcome> {
  const { child, done } = cliAsync(workDir, args);
  const start = Date.now();
  let exited = false;
  void done.then(() => (exited = true));
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  if (moment === 'startup') await sleep(300 + Math.random() * 2_500);
  else if (moment === 'anywhere') await sleep(2_000 + Math.random() * 9_000);
  else {
    const before = candidateCount(workDir);
    const until = Date.now() + REGISTER_WAIT_MS;
    while (!exited && Date.now() < until && candidateCount(workDir) <= Math.max(before, 0)) await sleep(POLL_MS);
    await sleep(Math.random() * 30);
  }
  const killed = !exited && child.kill('SIGKILL');
  await done;
  return { moment, killed, afterMs: Date.now() - start };
}
