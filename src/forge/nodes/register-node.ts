import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { CandidateRecord } from '../../registry/records.js';
import { isHostile } from '../../sandbox/escape/candidate-flags.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';
import { candidateVerdict } from '../stages/candidate-verdict.js';

/**
 * Records every candidate with its ancestry, metrics and artifacts and keeps the best score. Nothing is written to
 * nodes/ here: the custodian promotes a candidate only after judging it (src/custodian/promote-judged.ts).
 */
export class RegisterNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'register';

  protected async work(state: ForgeState): Promise<undefined> {
    const { registry } = state.services;
    // A candidate that was built but never tested (a stop came first) is not registered: it was never measured; nor one
    // a stop kept from its worker (scaled out, nothing was built here).
    state.items = state.items.filter((item) => item.build && !(item.build.ok && !item.evaluation));
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
      if (!state.best || candidate.score > state.best.score) state.best = candidate;
      if (item.build?.stagingDir) rmSync(item.build.stagingDir, { recursive: true, force: true });
    }
    return undefined;
  }
}

// The verdict (status, score, artifacts) follows the rules `hephaestus eval` registers by (src/forge/stages/).
function toRecord(state: ForgeState, item: CycleItem): CandidateRecord {
  const { proposal } = item;
  const { status, score, artifacts } = candidateVerdict({ failure: proposal.failure, build: item.build, evaluation: item.evaluation, score: item.score });
  return {
    id: randomUUID().replace(/-/g, '').slice(0, 16),
    directiveId: state.directive.id,
    runId: state.run.id,
    cycle: state.counters.cycle,
    hash: item.hash,
    code: proposal.code,
    parents: proposal.parents,
    ...(proposal.uses && proposal.uses.length > 0 ? { uses: proposal.uses } : {}),
    engine: proposal.operator === 'seed' ? 'seed' : state.engine.name,
    operator: proposal.operator,
    promptVariant: proposal.promptVariant,
    model: proposal.model,
    status,
    metrics: item.metrics ?? {},
    score,
    artifacts,
    createdAt: new Date().toISOString(),
  };
}
