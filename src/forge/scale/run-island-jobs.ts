import { randomUUID } from 'node:crypto';
import { JobDispatcher } from '../../scale/job-dispatcher.js';
import { GP_EPOCH_QUEUE, runGpEpoch, type GpEpochPayload, type GpEpochResult } from './gp-epoch-job.js';

/** An island search of whole runGp calls: K islands, E epochs of G generations each, migrants passed round a ring between epochs. */
export interface IslandJobSearch {
  problem: GpEpochPayload['problem'];
  islands: number;
  epochs: number;
  /** Per epoch and island. */
  options: GpEpochPayload['options'];
  /** Individuals each island sends to the next one after every epoch. */
  migrants: number;
  /** Run the epochs as jobs on this Redis's workers; in this process when absent. */
  redis?: string;
}

/** How an island search ended. */
export interface IslandOutcome {
  solved: boolean;
  best: GpEpochResult['elites'][number] | undefined;
  executions: number;
  epochs: number;
}

/**
 * A simple island search made of GP epoch jobs (runGpEpoch: runGp continued from a population), for bench:scale: each
 * epoch runs every island at once (as BullMQ jobs when scaled out), then each island's first `migrants` individuals
 * replace the last ones of the next island. Stops at the first solution. Not the engine's own island search (run-gp's
 * runIslands, which a run scaled out with `--redis` dispatches through RemoteIslandExecutor).
 */
export async function runIslandJobs(search: IslandJobSearch): Promise<IslandOutcome> {
  const runId = `islands-${randomUUID().slice(0, 8)}`;
  const dispatcher = search.redis
    ? new JobDispatcher<GpEpochPayload, GpEpochResult>({ url: search.redis, queue: GP_EPOCH_QUEUE, runId, attempt: randomUUID().slice(0, 12), attempts: 3, timeoutMs: 600_000 })
    : undefined;
  await dispatcher?.claim();
  let populations: unknown[][] = Array.from({ length: search.islands }, () => []);
  let executions = 0;
  let best: IslandOutcome['best'];
  try {
    for (let epoch = 0; epoch < search.epochs; epoch++) {
      const results = await Promise.all(
        populations.map(async (carryOver, island) => {
          const payload: GpEpochPayload = { problem: search.problem, options: { ...search.options, seed: search.options.seed + epoch * search.islands + island }, carryOver };
          if (!dispatcher) return runGpEpoch(payload);
          const outcome = await dispatcher.dispatch(`e${epoch}.i${island}`, payload);
          if (!outcome.ok) throw new Error(`island ${island} epoch ${epoch} failed after ${outcome.attemptsMade} attempt(s): ${outcome.reason}`);
          return outcome.value;
        }),
      );
      executions += results.reduce((sum, r) => sum + r.executions, 0);
      for (const r of results) if (r.elites[0] && (!best || r.elites[0].totalError < best.totalError)) best = r.elites[0];
      if (results.some((r) => r.solved)) return { solved: true, best, executions, epochs: epoch + 1 };
      populations = results.map((_, island) => {
        const own = results[island].population;
        const from = results[(island + search.islands - 1) % search.islands].population.slice(0, search.migrants);
        return [...own.slice(0, own.length - from.length), ...from];
      });
    }
    return { solved: false, best, executions, epochs: search.epochs };
  } finally {
    await dispatcher?.close();
  }
}
