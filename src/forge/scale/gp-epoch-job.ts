import type { GpOptions, GpProblem, GpResult } from '../../engines/gp/gp-api.js';
import { runGp } from '../../engines/gp/run-gp.js';

/**
 * One island epoch of the offline engine as a job: G generations from a given population. The problem travels whole
 * (types and cases, no functions: a directive's extra primitives cannot be sent) and the population as plain trees.
 */
export interface GpEpochPayload {
  problem: Omit<GpProblem, 'extraPrimitives'>;
  options: Pick<GpOptions, 'seed' | 'maxExecutions' | 'population' | 'maxGenerations' | 'selection'>;
  /** The island's population after its last epoch (with migrants), empty for the first. */
  carryOver: unknown[];
}

/** What an epoch returns: the population to continue from, its elites and what it cost. */
export type GpEpochResult = Pick<GpResult, 'solved' | 'code' | 'elites' | 'executions' | 'generations' | 'population'>;

/** The BullMQ queue island epochs travel on. */
export const GP_EPOCH_QUEUE = 'hephaestus-gp-epochs';

/** Runs one island epoch (on a worker, or in process for comparison): runGp continued from `carryOver`. */
export async function runGpEpoch(payload: GpEpochPayload): Promise<GpEpochResult> {
  // One population in one thread per epoch (no islands inside the island): a worker runs several epochs at once (--concurrency) instead.
  const result = await runGp(payload.problem, { ...payload.options, workers: 1, islands: 1, carryOver: payload.carryOver.length ? payload.carryOver : undefined });
  const { solved, code, elites, executions, generations, population } = result;
  return { solved, code, elites, executions, generations, population };
}
