// Worker entry of one island: builds the island from its setup and answers the controller's requests, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { Island } from './island.js';
import type { IslandRequest, IslandSetup } from './island-protocol.js';

const data = workerData as { setup: IslandSetup; stop: Int32Array };
// Evaluation runs in this thread (an EvalPool of one): the island's thread is the unit of parallelism.
const island = new Island(data.setup, 1, () => Atomics.load(data.stop, 0) !== 0);

parentPort?.on('message', (request: IslandRequest) => {
  const answer = async (): Promise<unknown> => {
    if (request.kind === 'start') return island.start(request.carried, request.enumerated);
    if (request.kind === 'epoch') return island.epoch(request.order);
    return island.finish();
  };
  answer().then(
    (value) => parentPort?.postMessage({ value }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
