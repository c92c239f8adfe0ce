import type { ExampleCase } from '../../directive/directive.js';
import type { GpTestSuite } from './gp-test-suite.js';

/** The value types the offline engine evolves programs over. */
export type GpType = 'int' | 'float' | 'string' | 'boolean' | 'int[]' | 'float[]' | 'string[]';

/** A typed function a directive (or a module in nodes/) adds to the primitive set. */
export interface ExtraPrimitive {
  name: string;
  params: GpType[];
  returns: GpType;
  /** The implementation, called by evolved programs; must be pure. */
  fn: (...args: never[]) => unknown;
  /** Module specifier the emitted TypeScript imports it from (relative to the emitted module). */
  importFrom?: string;
}

/** A solved module offered as a building block: re-parsed into a whitelisted primitive (library-primitives.ts), never run as given. */
export interface LibraryModule {
  /** The directive it solved and the candidate that solved it, for the lineage of candidates that use it. */
  directiveId: string;
  candidateId: string;
  /** The module's source as promoted to nodes/. */
  code: string;
}

/** A synthesis problem for the offline engine: types, cases and options. */
export interface GpProblem {
  /** Name of the emitted default-exported function (an identifier; default "evolved"). */
  name?: string;
  /** The directive's goal in plain words; literals it names (quoted text, listed characters, numbers) become constants. */
  goal?: string;
  params: { name: string; type: GpType }[];
  /** One type per output; several outputs are returned as a tuple. */
  returns: GpType[];
  train: ExampleCase[];
  test: ExampleCase[];
  extraPrimitives?: ExtraPrimitive[];
  /** Solved modules of earlier directives; those the engine can read and whose types fit become primitives. */
  library?: LibraryModule[];
  /** A tests directive's test files: each named test is one more train case (pass or fail), after the `train` examples. */
  tests?: GpTestSuite;
  /** Programs to start the population from (emitted modules of earlier candidates), when parseable. */
  seedPrograms?: string[];
}

/** Search settings; every field has a default. */
export interface GpOptions {
  seed: number;
  /** Budget in program executions (one program run on one case = one execution). */
  maxExecutions: number;
  population?: number;
  maxGenerations?: number;
  /** 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase' (default chosen from output types). */
  selection?: 'lexicase' | 'epsilon-lexicase' | 'downsampled-lexicase';
  /** Worker threads for evaluation; 0 = one per core. */
  workers?: number;
  signal?: AbortSignal;
  /** The `population` of an earlier call's result: the search continues from it instead of starting afresh. */
  carryOver?: unknown[];
  onGeneration?: (summary: GenerationSummary) => void;
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
}
