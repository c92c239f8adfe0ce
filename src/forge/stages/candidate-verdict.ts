import type { BuildResult } from '../../check/build-result.js';
import type { CandidateRecord, CandidateStatus } from '../../registry/records.js';
import { candidateFlags, isHostile, voidsEvaluation } from '../../sandbox/escape/candidate-flags.js';
import type { Evaluation } from '../../scoring/evaluation.js';

/** What the register stage knows of one candidate after build, test and score. */
export interface VerdictInput {
  /** An engine-side failure (the proposal never became code). */
  failure?: string;
  build?: BuildResult;
  evaluation?: Evaluation;
  score?: number;
}

/** How a candidate is registered: its status, score and artifacts, by the same rules for the loop and for `eval`. */
export type CandidateVerdict = Pick<CandidateRecord, 'status' | 'score' | 'artifacts'> & { flags: string[] };

function statusOf(input: VerdictInput, voided: boolean): CandidateStatus {
  if (input.failure) return 'rejected';
  if (!input.build?.ok) return 'build-failed';
  const evaluation = input.evaluation;
  if (!evaluation || voided || evaluation.status === 'crashed' || evaluation.status === 'timeout') return 'test-failed';
  return evaluation.solved ? 'solved' : 'evaluated';
}

/** The register stage's verdict: a candidate caught escaping or forging its result is a failure with the lowest score. */
export function candidateVerdict(input: VerdictInput): CandidateVerdict {
  const { build, evaluation } = input;
  const flags = candidateFlags(evaluation?.notes ?? [], build?.errors ?? []);
  return {
    status: statusOf(input, voidsEvaluation(flags)),
    score: isHostile(flags) ? Number.NEGATIVE_INFINITY : (input.score ?? Number.NEGATIVE_INFINITY),
    flags,
    artifacts: {
      stderr: evaluation?.stderr || undefined,
      failingCases: evaluation?.failingCases.length ? evaluation.failingCases : undefined,
      buildErrors: build?.errors.length ? build.errors : undefined,
      notes: [...(input.failure ? [input.failure] : []), ...(evaluation?.notes ?? [])],
      trainErrors: evaluation?.trainErrors,
      flags: flags.length ? flags : undefined,
    },
  };
}
