import { randomUUID } from 'node:crypto';
import type { BuildResult } from '../../check/build-result.js';
import type { ForgeConfig } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { findMisalignment } from '../../custodian/find-misalignment.js';
import { lastPromotion } from '../../custodian/last-promotion.js';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import { openRegistry } from '../../registry/open-registry.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import { isHostile } from '../../sandbox/escape/candidate-flags.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import { promoteCandidate } from '../flow/promote-candidate.js';
import { decideDirectiveVersion } from '../run/decide-directive-version.js';
import { enterDirectiveVersion } from '../run/enter-directive-version.js';
import { candidateVerdict } from '../stages/candidate-verdict.js';
import { codeHash } from '../stages/code-hash.js';

/** What `hephaestus eval` measured, to be kept in the registry like any forged candidate. */
export interface EvalRecordInput {
  workDir: string;
  directive: Directive;
  moduleFile: string;
  code: string;
  metrics: Record<string, number>;
  score: number;
  build: BuildResult;
  evaluation?: Evaluation;
  /** The examples evaluator's cases, for the custodian's misalignment check before a promotion. */
  examples?: ExampleSet;
  /** The project's config (read from workDir when absent). */
  config?: ForgeConfig;
}

/** Where an eval was recorded: its run and candidate, the candidate's flags, the directive's version and any promotion. */
export interface EvalRecord {
  runId: string;
  candidateId: string;
  flags: string[];
  version: number;
  /** Set when the module solved the directive cleanly and was promoted: `node-written` or `awaiting-approval`. */
  promoted?: 'node-written' | 'awaiting-approval';
}

/**
 * A module that solves the directive, carries no flag and passes the custodian's misalignment check is promoted like a
 * forged solution (nodes/, or awaiting approval) unless a better solved one is already promoted; the directive is solved.
 */
function promoteIfSolved(registry: Registry, input: EvalRecordInput, candidate: CandidateRecord): EvalRecord['promoted'] {
  if (candidate.status !== 'solved' || (candidate.artifacts.flags ?? []).length > 0) return undefined;
  if (findMisalignment(candidate, input.directive, input.examples).length > 0) return undefined;
  const last = lastPromotion(registry, input.directive.id);
  const lastSolved = last?.candidateId !== undefined && registry.getCandidate(last.candidateId)?.status === 'solved';
  if (lastSolved && typeof last.data.score === 'number' && last.data.score >= candidate.score) return undefined;
  const config = input.config ?? loadConfig(input.workDir);
  const kind = promoteCandidate({ registry, workDir: input.workDir, config, directive: input.directive, runId: candidate.runId }, candidate);
  registry.setDirectiveStatus(input.directive.id, 'solved');
  return kind === 'kept-unsolved' ? undefined : kind;
}

/**
 * Records one `eval` as a completed run of engine 'eval' holding one candidate (status, notes, flags) of the directive's
 * version (a changed directive starts a new one, as a run would) and, when the candidate is flagged hostile, a custodian
 * `escape-attempt` event; a clean solution is promoted (promoteIfSolved). Returns where it was recorded.
 */
export function recordEvalRun(input: EvalRecordInput): EvalRecord {
  const { directive, evaluation } = input;
  const { status, score, artifacts, flags } = candidateVerdict({ build: input.build, evaluation, score: input.score });
  const now = new Date().toISOString();
  const runId = `eval-${now.slice(0, 19).replace(/[-:T]/g, '')}-${randomUUID().slice(0, 6)}`;
  const candidate: CandidateRecord = {
    id: randomUUID().replace(/-/g, '').slice(0, 16),
    directiveId: directive.id,
    runId,
    cycle: 0,
    hash: codeHash(input.code),
    code: input.code,
    parents: [],
    engine: 'eval',
    operator: 'eval',
    status,
    metrics: input.metrics,
    score,
    artifacts,
    createdAt: now,
  };
  const registry = openRegistry(input.workDir);
  let promoted: EvalRecord['promoted'];
  let version: number;
  try {
    const stored = registry.getDirective(directive.id);
    const decision = decideDirectiveVersion(stored, directive);
    // Only a new version resets the directive's status: an eval of an unchanged one leaves its goal-tree state alone.
    if (decision.starts) enterDirectiveVersion({ registry, workDir: input.workDir, runId, directive, decision, status: stored?.status === 'paused' ? 'paused' : 'open' });
    version = decision.version;
    candidate.version = version;
    const options = { module: input.moduleFile };
    registry.createRun({ id: runId, directiveIds: [directive.id], directiveFiles: [directive.file], engine: 'eval', seed: 0, status: 'running', startedAt: now, checkpoint: {}, options });
    registry.addCandidate(candidate);
    if (isHostile(flags)) {
      registry.recordEvent({ runId, directiveId: directive.id, candidateId: candidate.id, kind: 'escape-attempt', data: { source: 'custodian', flags, notes: evaluation?.notes ?? [] } });
    }
    promoted = promoteIfSolved(registry, input, candidate);
    registry.updateRun(runId, { status: 'completed', endedAt: new Date().toISOString() });
  } finally {
    registry.close();
  }
  return { runId, candidateId: candidate.id, flags, version, ...(promoted ? { promoted } : {}) };
}
