import { randomUUID } from 'node:crypto';
import type { ForgeConfig } from '../../config/config-schema.js';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import { decodeRegistryJson } from '../../registry/registry-json.js';
import { JobDispatcher } from '../../scale/job-dispatcher.js';
import { redactRedisUrl } from '../../scale/redact-redis-url.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import type { CycleItem } from '../flow/forge-state.js';
import { directiveBundle } from './directive-bundle.js';
import { EVALUATION_QUEUE, type DirectiveBundle, type EvaluationPayload, type EvaluationResult } from './evaluation-job.js';
import { scoringWeights } from '../stages/scoring-weights.js';

/** Tries per evaluation job before the candidate is recorded as failed with the last reason. */
export const EVALUATION_ATTEMPTS = 3;

/** What a job that failed for good leaves of a candidate: a crashed evaluation whose note says why. */
function failedJob(reason: string, attemptsMade: number): Evaluation {
  const note = `worker job failed after ${attemptsMade} attempt(s): ${reason}`;
  return { status: 'crashed', train: { passed: 0, total: 0 }, test: { passed: 0, total: 0 }, trainErrors: [], testErrors: [], failingCases: [], medianCallMs: 0, stderr: '', notes: [note], solved: false };
}

/**
 * The controller's side of scaled-out evaluation: each candidate of a cycle becomes a BullMQ job (build, sandboxed
 * test and score on a worker), keyed by this controller session and the candidate's content hash. Only the controller
 * writes the registry, from the results. A new session (start or resume) makes workers drop the old session's jobs.
 */
export class RemoteEvaluation {
  /** This controller session's token. */
  readonly attempt = randomUUID().slice(0, 12);
  /** The Redis URL with its credentials hidden, for logs and records. */
  readonly where: string;
  private readonly dispatcher: JobDispatcher<EvaluationPayload, string>;
  private readonly bundles = new Map<string, DirectiveBundle>();

  constructor(url: string, runId: string, log: (line: string) => void, timeoutMs = 300_000) {
    this.where = redactRedisUrl(url);
    this.dispatcher = new JobDispatcher({ url, queue: EVALUATION_QUEUE, runId, attempt: this.attempt, attempts: EVALUATION_ATTEMPTS, timeoutMs, log });
  }

  /** Makes this session the run's current one. */
  async claim(): Promise<void> {
    await this.dispatcher.claim();
  }

  /** Evaluates one candidate on a worker and fills in its build, evaluation, metrics and score. */
  async evaluate(item: CycleItem, directive: Directive, examples: ExampleSet | undefined, config: ForgeConfig): Promise<{ failed?: string }> {
    let bundle = this.bundles.get(directive.id);
    if (!bundle) this.bundles.set(directive.id, (bundle = directiveBundle(directive, examples)));
    const payload: EvaluationPayload = {
      directive: bundle,
      code: item.proposal.code,
      trust: item.proposal.whitelisted ? 'gp-whitelist' : 'untrusted',
      maxOutputBytes: config.sandbox.max_output_bytes,
      weights: scoringWeights(config, directive),
    };
    const outcome = await this.dispatcher.dispatch(`${directive.id}.${item.hash}`, payload);
    if (outcome.ok) {
      ({ build: item.build, evaluation: item.evaluation, metrics: item.metrics, score: item.score } = decodeRegistryJson<EvaluationResult>(outcome.value));
      return {};
    }
    item.build = { ok: true, errors: [], structural: { lines: 0, cyclomatic: 0, typeErrors: 0, lintFindings: 0 }, stagingDir: '' };
    item.evaluation = failedJob(outcome.reason, outcome.attemptsMade);
    return { failed: item.evaluation.notes[0] };
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
