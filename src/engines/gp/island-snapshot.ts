import type { Scored } from './full-score.js';
import type { Individual } from '../../programs/program-tree.js';

/**
 * Everything an island holds between two epochs, as plain data: an epoch can run anywhere (a scale-out worker) from a
 * snapshot and the island's setup, and continue exactly as it would have in place. Only the evaluator's cache of known
 * errors is left out: it saves executions actually run, never what the budget is charged.
 */
export interface IslandSnapshot {
  /** The island's random stream (see Rng.state). */
  rng: [number, number, number, number];
  population: Individual[];
  /** The last evaluated generation's errors, one row per program of `population`; absent while it is a fresh population. */
  errors?: number[][];
  /** Generations the island has run. */
  generation: number;
  /** Its archive of fully scored train-perfect programs, in insertion order. */
  archive: Scored[];
  solution?: Scored;
  overfit: { trainPerfect: number; failedTest: number };
  /** Executions charged and actually run by the island so far. */
  executions: number;
  ran: number;
}
