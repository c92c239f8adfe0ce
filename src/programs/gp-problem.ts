import type { ExampleCase } from '../directive/directive.js';
import type { GpTestSuite } from '../directive/test-files/test-suite.js';

export type { ExtraPrimitive, GpType } from '../primitives/value-types.js';
import type { ExtraPrimitive, GpType } from '../primitives/value-types.js';

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

/** Train cases a program is scored on: the examples, then a tests directive's tests and assertions. */
export function trainCaseCount(problem: GpProblem): number {
  return problem.train.length + (problem.tests?.cases.length ?? 0);
}
