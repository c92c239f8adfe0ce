import type { BuildResult } from '../../check/build-result.js';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import type { CandidateTrust } from '../../sandbox/sandbox.js';
import type { Evaluation } from '../../scoring/evaluation.js';

/** A file of the directive sent with the job: its base name (what the sandbox names it by) and its text. */
export interface BundledFile {
  name: string;
  text: string;
}

/**
 * What a worker needs of a directive, sent with every job instead of read from a shared path: workers need no shared
 * filesystem, and a job is evaluated against exactly the directive the controller loaded.
 */
export interface DirectiveBundle {
  id: string;
  signature: Directive['signature'];
  constraints: Directive['constraints'];
  evaluator: { kind: 'examples'; cases: ExampleSet } | { kind: 'tests'; files: BundledFile[] } | { kind: 'script'; module: BundledFile; solvedAt?: number };
}

/** One candidate evaluation job: build, sandboxed test and score of one piece of code. Carries no secret. */
export interface EvaluationPayload {
  directive: DirectiveBundle;
  code: string;
  trust: CandidateTrust;
  maxOutputBytes: number;
  /** The score weights in force (the config's, overridden by the directive's). */
  weights: Record<string, number>;
}

/** What a worker returns (encoded as registry JSON): the build (without its worker-local paths), the evaluation and the score. */
export interface EvaluationResult {
  build: BuildResult;
  evaluation?: Evaluation;
  metrics: Record<string, number>;
  score: number;
}

/** The BullMQ queue candidate evaluations travel on. */
export const EVALUATION_QUEUE = 'hephaestus-evaluations';
