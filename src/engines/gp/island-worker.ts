// Worker entry of an island thread: builds an island from each setup it is sent and answers the controller's requests, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { useTableSource } from '../../programs/compile-program.js';
import { Island } from './island.js';
import type { IslandRequest } from './island-protocol.js';

useTableSource((workerData as { tableSource: string }).tableSource);

// The thread outlives one search (island-threads.ts keeps it for the next run), so the island is replaced on each setup.
let island: Island | undefined;
let swallowing = false;

parentPort?.on('message', (request: IslandRequest) => {
  const answer = async (): Promise<unknown> => {
    if (request.kind === 'setup') {
      const stop = request.stop;
      // A test file may leave a promise rejection nobody awaits (an async callback in a forEach): it fails that test, not the thread.
      if (request.setup.problem.tests && !swallowing) {
        swallowing = true;
        process.on('unhandledRejection', () => undefined);
      }
      // Evaluation runs in this thread (an EvalPool of one): the island's thread is the unit of parallelism.
      island = new Island(request.setup, 1, () => Atomics.load(stop, 0) !== 0);
      return undefined;
    }
    if (!island) throw new Error('no island set up in this thread');
    if (request.kind === 'start') return island.start(request.carried, request.enumerated);
    if (request.kind === 'epoch') return island.epoch(request.order);
    const final = await island.finish();
    island = undefined;
    return final;
  };
  answer().then(
    (value) => parentPort?.postMessage({ value }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
