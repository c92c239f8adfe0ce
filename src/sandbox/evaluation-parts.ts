import type { Evaluation } from '../scoring/evaluation.js';

/** What one evaluator kind contributes to an Evaluation; the sandbox adds status, timing, output and notes. */
export type EvaluationParts = Pick<Evaluation, 'train' | 'test' | 'trainErrors' | 'testErrors' | 'failingCases' | 'scriptMetrics' | 'scriptScore'> & {
  /** Wall time of each call of the function under test, in milliseconds. */
  callTimes: number[];
  /** True when the evaluator itself judged every case met (the run must still have completed to count). */
  allMet: boolean;
  /** Something the evaluator's own result needs said (a script score outside [0, 1]), added to the notes. */
  scoreNote?: string;
};

/** At most this many failing cases travel with an evaluation: enough to guide a mutation, small enough to store. */
export const MAX_FAILING_CASES = 10;
