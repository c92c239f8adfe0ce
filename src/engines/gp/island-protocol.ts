import type { Scored } from './full-score.js';
import type { GenerationSummary, GpProblem } from './gp-api.js';
import type { Individual } from '../../programs/program-tree.js';

/** What an island is built from; it crosses to a worker thread, so it holds data only (no extra primitives' functions). */
export interface IslandSetup {
  problem: GpProblem;
  /** Seed of the island's own random stream. */
  seed: number;
  population: number;
  selection: 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase';
  /** Train cases selection may see (the validation cases are held back). */
  selectionCases: Int32Array;
  /** Test cases in the order a train-perfect program meets them. */
  testOrder: Int32Array;
  /** Elites the island reports after each epoch (0: none, the single-population run). */
  migrants: number;
  /** The problem's seed programs, parsed once by the controller; when absent the island parses `problem.seedPrograms`. */
  seeds?: Individual[];
  /** Keep running generations after a solution is found (GpOptions.keepSearching). */
  keepSearching?: boolean;
}

/** One epoch's instructions from the controller. */
export interface EpochOrder {
  /** Most generations to run in this epoch. */
  generations: number;
  /** The island's executions may not pass this total (its share of the global budget); a generation that would is not started. */
  allowance: number;
  /** Programs from the neighbouring island, evaluated with this epoch's first generation in place of as many children. */
  immigrants: Individual[];
  /** When set, the island starts again from these programs plus fresh random ones before the epoch. */
  restart?: Individual[];
}

/** What an island reports after an epoch. */
export interface EpochReport {
  /** Executions charged and actually run by this island since it started. */
  executions: number;
  ran: number;
  /** One summary per generation run in the epoch; `executions` counts this island's alone. */
  generations: GenerationSummary[];
  /** The island's best programs by total error on every selection case, best first. */
  elites: { individual: Individual; error: number }[];
  /** A program that passes every train case and the test probes, when the island found one. */
  solution?: Scored;
  /** True when the island could not afford its next generation within its allowance. */
  exhausted: boolean;
}

/** What an island hands back when the search ends. */
export interface IslandFinal {
  /** Its best train-perfect programs found and its current leaders, fully scored. */
  candidates: Scored[];
  population: Individual[];
  executions: number;
  ran: number;
  overfit: { trainPerfect: number; failedTest: number };
}

/** A request from the controller to an island in a worker thread; each is answered by `{ value }` or `{ error }`. */
export type IslandRequest =
  | { kind: 'setup'; setup: IslandSetup; stop: Int32Array }
  | { kind: 'start'; carried: Individual[]; enumerated: Individual[] }
  | { kind: 'epoch'; order: EpochOrder }
  | { kind: 'finish' };

/** The controller's view of an island, in this thread or in a worker thread. */
export interface IslandHandle {
  start(carried: Individual[], enumerated: Individual[]): Promise<void> | void;
  epoch(order: EpochOrder): Promise<EpochReport>;
  /** Ends the island: its last candidates and population. */
  finish(): Promise<IslandFinal>;
  /** Releases the island's thread or pool without a result (after an error). */
  close(): Promise<void>;
}
