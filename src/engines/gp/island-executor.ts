import type { IslandHandle, IslandSetup } from './island-protocol.js';

/**
 * Where a search's islands run: worker threads of this process by default (threadIslandExecutor), or anywhere else
 * that can run an island's epochs, such as scale-out workers on a job queue. run-gp keeps the control (epochs,
 * migration, restarts, budget) and only asks the executor for handles; each handle is closed by run-gp.
 */
export interface IslandExecutor {
  /** The islands of one search, one per setup; `stop` is shared: a non-zero first element ends their epochs early. */
  open(setups: IslandSetup[], stop: Int32Array): IslandHandle[];
}
