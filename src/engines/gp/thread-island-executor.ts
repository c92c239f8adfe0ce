import type { IslandExecutor } from './island-executor.js';
import { IslandThread } from './island-thread.js';

/** The in-process executor: each island in a worker thread of this process. */
export const threadIslandExecutor: IslandExecutor = {
  open: (setups, stop) => setups.map((setup) => new IslandThread(setup, stop)),
};
