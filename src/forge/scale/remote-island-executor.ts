import { randomUUID } from 'node:crypto';
import type { IslandExecutor } from '../../engines/gp/island-executor.js';
import type { IslandHandle, IslandSetup } from '../../engines/gp/island-protocol.js';
import type { IslandStepResult } from '../../engines/gp/run-island-step.js';
import { threadIslandExecutor } from '../../engines/gp/thread-island-executor.js';
import { JobDispatcher } from '../../scale/job-dispatcher.js';
import { ISLAND_STEP_QUEUE, islandStepPayload, type IslandStepPayload } from './island-step-job.js';
import { StepIsland } from './step-island.js';

/** Tries per island step before the search fails with the last reason (a worker dying mid-step counts as one). */
export const ISLAND_STEP_ATTEMPTS = 3;

/** The controller session island steps are queued under: the run's, shared with its evaluations (see RemoteEvaluation). */
export interface IslandSession {
  url: string;
  runId: string;
  attempt: string;
  log: (line: string) => void;
}

/**
 * Runs the offline engine's islands on scale-out workers: each epoch (and each island's final scoring) is a BullMQ job
 * carrying the island's setup and snapshot; migration, restarts and the budget stay with run-gp in the controller.
 * Bound to the run's controller session once the run has claimed it (`bind`). A problem with test files keeps its
 * islands in this process: the files are the directive's code, which a worker would have to run outside its sandbox.
 */
export class RemoteIslandExecutor implements IslandExecutor {
  private session?: IslandSession;

  constructor(private readonly timeoutMs = 600_000) {}

  /** Ties the executor to the run's controller session (after connectRemote claimed it). */
  bind(session: IslandSession): void {
    this.session = session;
  }

  open(setups: IslandSetup[], stop: Int32Array): IslandHandle[] {
    const session = this.session;
    if (!session) throw new Error('island steps need a controller session: the run has not connected to Redis yet');
    if (setups.some((s) => s.problem.tests || (s.problem.extraPrimitives?.length ?? 0) > 0)) return threadIslandExecutor.open(setups, stop);
    const { url, runId, attempt, log } = session;
    const dispatcher = new JobDispatcher<IslandStepPayload, IslandStepResult>({ url, queue: ISLAND_STEP_QUEUE, runId, attempt, attempts: ISLAND_STEP_ATTEMPTS, timeoutMs: this.timeoutMs, log });
    // One search's jobs are keyed apart from every other search of the session.
    const search = randomUUID().slice(0, 8);
    let open = setups.length;
    const release = async (): Promise<void> => {
      if (--open === 0) await dispatcher.close();
    };
    return setups.map(
      (setup, i) =>
        new StepIsland(setup, stop, async (step, key) => {
          const outcome = await dispatcher.dispatch(`gp.${search}.i${i}.${key}`, islandStepPayload(step));
          if (!outcome.ok) throw new Error(`island ${i} step ${key} failed after ${outcome.attemptsMade} attempt(s): ${outcome.reason}`);
          return outcome.value;
        }, release),
    );
  }
}
