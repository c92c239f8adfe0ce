import type { IslandExecutor } from './island-executor.js';
import type { Individual } from '../../programs/program-tree.js';

export type { ExtraPrimitive, GpType, GpProblem, LibraryModule } from '../../programs/gp-problem.js';
export { trainCaseCount } from '../../programs/gp-problem.js';

/** Search settings; every field has a default. */
export interface GpOptions {
  seed: number;
  /** Budget in program executions (one program run on one case = one execution). */
  maxExecutions: number;
  population?: number;
  maxGenerations?: number;
  /** 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase' (default chosen from output types). */
  selection?: 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase';
  /** Worker threads evaluating a single population (`islands: 1`); 0 = one per core. Islands evaluate in their own threads. */
  workers?: number;
  signal?: AbortSignal;
  /** The `population` of an earlier call's result: the search continues from it instead of starting afresh. */
  carryOver?: unknown[];
  onGeneration?: (summary: GenerationSummary) => void;
  /** Populations evolving in parallel, each in its own worker thread; 0 or absent = one per core, 1 = a single population in this thread. */
  islands?: number;
  /** Generations between two migrations (default 5). */
  epochGenerations?: number;
  /** Elites each island sends to the next one in the ring after every epoch (default 10). */
  migrants?: number;
  /** Where islands run: worker threads of this process when absent (a single island then runs in this thread). */
  islandExecutor?: IslandExecutor;
  /** Epochs without a better best error after which an island restarts (default 6; 0 = never). */
  restartAfter?: number;
  /** Called when an island restarts; the forge records it as an event. */
  onRestart?: (restart: IslandRestart) => void;
  /** The `islandState` of an earlier call's result, so stagnation counts continue with `carryOver`. */
  islandState?: IslandState[];
  /** The `enumerated` seeds of an earlier call's result: a continued search restarts from them instead of enumerating again. */
  enumerated?: unknown[];
  /** The problem's `seedPrograms` as the caller already parsed them (in order, unreadable ones left out); parsed here when absent. */
  seedTrees?: Individual[];
  /** Keep searching after a solution is found, until the budget or the generations end (a benchmark's full-budget run). */
  keepSearching?: boolean;
}

/** One island's stagnation record: its best total error on the selection cases (null before any) and epochs since it improved. */
export interface IslandState {
  best: number | null;
  stale: number;
}

/** An island starting again from fresh programs because its best error stopped improving. */
export interface IslandRestart {
  island: number;
  /** Generations run before the restart (all islands advance together). */
  generation: number;
  /** The island's best total error on the selection cases before it restarted. */
  bestTotalError: number | null;
  staleEpochs: number;
}

/** One summary per generation, recorded as a registry event. */
export interface GenerationSummary {
  generation: number;
  bestTotalError: number;
  bestTrainPassed: number;
  meanSize: number;
  diversity: number;
  executions: number;
}

/** What a search returns. */
export interface GpResult {
  solved: boolean;
  /** The best program as a readable TypeScript module whose default export implements the signature. */
  code: string;
  /** Elites as TypeScript modules, best first (the best is code). */
  elites: { code: string; totalError: number; trainPassed: number }[];
  executions: number;
  /** Executions actually run: `executions` less the programs whose errors were already known (see Evaluator). */
  executionsRun?: number;
  generations: number;
  wallMs: number;
  trainPassed: number;
  testPassed: number;
  /** Distinct programs that passed every train case, and how many of those failed a test case (overfit). */
  overfit: { trainPerfect: number; failedTest: number };
  /** The last evaluated population, opaque; pass it back as `carryOver` to continue the search. */
  population: unknown[];
  /** Each island's stagnation record; pass it back as `islandState` with `carryOver`. */
  islandState?: IslandState[];
  /** The enumeration's seeds once computed (opaque); pass them back as `enumerated` with `carryOver`. */
  enumerated?: unknown[];
}

