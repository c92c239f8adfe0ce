import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { writeNodeModule } from '../../registry/nodes-writer.js';
import type { CandidateRecord, CandidateStatus } from '../../registry/records.js';
import { candidateFlags, isHostile, voidsEvaluation } from '../../sandbox/escape/candidate-flags.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';

/**
 * Records every candidate with its ancestry, metrics and artifacts; a new best is written to nodes/ atomically
 * (unless the directive requires approval first).
 */
export class RegisterNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'register';

  protected async work(state: ForgeState): Promise<undefined> {
    const { registry } = state.services;
    // A candidate that was built but never tested (a stop came first) is not registered: it was never measured.
    state.items = state.items.filter((item) => !(item.build?.ok && !item.evaluation));
    for (const item of state.items) {
      const candidate = toRecord(state, item);
      registry.addCandidate(candidate);
      const flags = candidate.artifacts.flags ?? [];
      if (isHostile(flags)) recordEvent(state, 'escape-attempt', { source: 'custodian', flags, notes: candidate.artifacts.notes ?? [] }, candidate.id);
      item.candidateId = candidate.id;
      item.status = candidate.status;
      state.counters.candidates += 1;
      const parentBest = Math.max(-Infinity, ...state.parents.filter((p) => candidate.parents.includes(p.id)).map((p) => p.score));
      state.engine.feedback?.(item.proposal, { improved: candidate.score > parentBest, score: candidate.score }, state.engineState);
      if (!state.best || candidate.score > state.best.score) promote(state, candidate);
      if (item.build?.stagingDir) rmSync(item.build.stagingDir, { recursive: true, force: true });
    }
    return undefined;
  }
}

function promote(state: ForgeState, candidate: CandidateRecord): void {
  state.best = candidate;
  if (candidate.status !== 'evaluated' && candidate.status !== 'solved') return;
  if (candidate.status === 'solved') state.solved = true;
  if (state.directive.requireApproval) {
    recordEvent(state, 'awaiting-approval', { score: candidate.score }, candidate.id);
    return;
  }
  const path = writeNodeModule(state.services.workDir, state.directive, candidate);
  recordEvent(state, 'node-written', { path, score: candidate.score, solved: candidate.status === 'solved' }, candidate.id);
}

function statusOf(item: CycleItem, voided: boolean): CandidateStatus {
  if (item.proposal.failure) return 'rejected';
  if (!item.build?.ok) return 'build-failed';
  const evaluation = item.evaluation;
  if (!evaluation || voided || evaluation.status === 'crashed' || evaluation.status === 'timeout') return 'test-failed';
  return evaluation.solved ? 'solved' : 'evaluated';
}

// A candidate caught trying to escape or forge its result is registered as a failure with the lowest score.
function toRecord(state: ForgeState, item: CycleItem): CandidateRecord {
  const { proposal, evaluation, build } = item;
  const flags = candidateFlags(evaluation?.notes ?? [], build?.errors ?? []);
  const hostile = isHostile(flags);
  return {
    id: randomUUID().replace(/-/g, '').slice(0, 16),
    directiveId: state.directive.id,
    runId: state.run.id,
    cycle: state.counters.cycle,
    hash: item.hash,
    code: proposal.code,
    parents: proposal.parents,
    engine: proposal.operator === 'seed' ? 'seed' : state.engine.name,
    operator: proposal.operator,
    promptVariant: proposal.promptVariant,
    model: proposal.model,
    status: statusOf(item, voidsEvaluation(flags)),
    metrics: item.metrics ?? {},
    score: hostile ? Number.NEGATIVE_INFINITY : (item.score ?? Number.NEGATIVE_INFINITY),
    artifacts: {
      stderr: evaluation?.stderr || undefined,
      failingCases: evaluation?.failingCases.length ? evaluation.failingCases : undefined,
      buildErrors: build?.errors.length ? build.errors : undefined,
      notes: [...(proposal.failure ? [proposal.failure] : []), ...(evaluation?.notes ?? [])],
      trainErrors: evaluation?.trainErrors,
      flags: flags.length ? flags : undefined,
    },
    createdAt: new Date().toISOString(),
  };
}
