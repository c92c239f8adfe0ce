import { randomUUID } from 'node:crypto';
import type { BuildResult } from '../../check/build-result.js';
import type { Directive } from '../../directive/directive.js';
import { openRegistry } from '../../registry/open-registry.js';
import type { CandidateRecord } from '../../registry/records.js';
import { isHostile } from '../../sandbox/escape/candidate-flags.js';
import type { Evaluation } from '../../scoring/evaluation.js';
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
}

/**
 * Records one `eval` as a completed run of engine 'eval' holding one candidate (status, notes, flags) and, when the
 * candidate is flagged hostile, a custodian `escape-attempt` event. Returns the candidate id and its flags.
 */
export function recordEvalRun(input: EvalRecordInput): { runId: string; candidateId: string; flags: string[] } {
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
  try {
    if (!registry.getDirective(directive.id)) {
      registry.upsertDirective({ id: directive.id, file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), parent: directive.parent, priority: directive.priority, status: 'open' });
    }
    const options = { module: input.moduleFile };
    registry.createRun({ id: runId, directiveIds: [directive.id], directiveFiles: [directive.file], engine: 'eval', seed: 0, status: 'running', startedAt: now, checkpoint: {}, options });
    registry.addCandidate(candidate);
    if (isHostile(flags)) {
      registry.recordEvent({ runId, directiveId: directive.id, candidateId: candidate.id, kind: 'escape-attempt', data: { source: 'custodian', flags, notes: evaluation?.notes ?? [] } });
    }
    registry.updateRun(runId, { status: 'completed', endedAt: new Date().toISOString() });
  } finally {
    registry.close();
  }
  return { runId, candidateId: candidate.id, flags };
}
