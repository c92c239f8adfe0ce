import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { tableSource } from '../../programs/compile-program.js';
import { startWorker } from './start-worker.js';

/** Heap limit of an island's thread: past it the thread stops with an error instead of growing the process. */
const ISLAND_HEAP_MB = 768;

/** Island threads that finished a search cleanly, kept (unreferenced) for the next one: starting one costs about a second. */
const idle: Worker[] = [];

/** A thread to run an island in: an idle one when there is one, else a new one. */
export function takeIslandThread(): Worker {
  const kept = idle.pop();
  if (kept) {
    kept.ref();
    return kept;
  }
  const url = new URL(import.meta.url.endsWith('.ts') ? './island-worker.ts' : './island-worker.js', import.meta.url);
  // The helpers' table source comes along: transpiling it in the thread would load the TypeScript compiler there.
  return startWorker(url, { workerData: { tableSource: tableSource() }, resourceLimits: { maxOldGenerationSizeMb: ISLAND_HEAP_MB } });
}

/** Gives back a thread whose island finished; it neither keeps the process alive nor outnumbers the cores. */
export function keepIslandThread(worker: Worker): void {
  // Only the listeners an IslandThread added: the Worker's own (newListener, removeListener) manage its message port.
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
  if (idle.length >= os.availableParallelism()) {
    void worker.terminate();
    return;
  }
  // A kept thread that fails or stops is simply forgotten (no one is waiting on it).
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  worker.unref();
  idle.push(worker);
}
