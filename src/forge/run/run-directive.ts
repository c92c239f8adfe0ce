import { lastPromotion } from '../../custodian/last-promotion.js';
import type { RunRecord } from '../../registry/records.js';
import { createForgeFlow } from '../flow/forge-flow.js';
import type { ForgeCounters, ForgeState } from '../flow/forge-state.js';
import { mixSeed } from '../../util/random.js';
import type { DirectiveOutcome } from './run-options.js';

/** Everything one directive's loop needs: the part of the shared store fixed for the whole loop. */
export type DirectiveJob = Pick<ForgeState, 'services' | 'config' | 'run' | 'directive' | 'examples' | 'engine' | 'budget'>;

/** Restores a directive's counters from the run's checkpoint (zeros for a fresh run). */
export function restoreCounters(run: RunRecord, directiveId: string): ForgeCounters {
  const get = (key: string, fallback: number): number => run.checkpoint[`${directiveId}.${key}`] ?? fallback;
  return {
    cycle: get('cycle', 0),
    evaluations: get('evaluations', 0),
    executions: get('executions', 0),
    inputTokens: get('inputTokens', 0),
    outputTokens: get('outputTokens', 0),
    usd: get('usd', 0),
    candidates: get('candidates', 0),
    duplicates: get('duplicates', 0),
    noveltyRejected: get('noveltyRejected', 0),
    cyclesWithoutImprovement: get('cyclesWithoutImprovement', 0),
    executionsAtImprovement: get('executionsAtImprovement', 0),
    wallMsAtImprovement: get('wallMsAtImprovement', 0),
    bestScore: get('bestScore', Number.NEGATIVE_INFINITY),
    startedAtMs: Date.now(),
    priorWallMs: get('wallMs', 0),
  };
}

/** Runs the forge flow on one directive until it is solved or a stop ends it. */
export async function runDirective(job: DirectiveJob): Promise<DirectiveOutcome> {
  const { services, directive } = job;
  const state: ForgeState = {
    ...job,
    engineState: (job.run.engineState ??= {}),
    seed: mixSeed(job.run.seed, hashText(directive.id)),
    counters: restoreCounters(job.run, directive.id),
    parents: [],
    inspirations: [],
    items: [],
    best: services.registry.best(directive.id),
    solved: false,
  };
  // Solved means a solved candidate of this version was promoted: a solved one the custodian refused does not end the search.
  const version = services.registry.getDirective(directive.id)?.version ?? 1;
  const promoted = lastPromotion(services.registry, directive.id)?.candidateId;
  state.solved = promoted !== undefined && services.registry.getCandidate(promoted)?.status === 'solved';
  if (state.solved) state.halted = { reason: 'solved', detail: `version ${version} already solved by candidate ${promoted}` };
  services.log(`directive ${directive.id} version ${version}: ${directive.goal} (engine ${job.engine.name})`);
  await createForgeFlow().run(state);
  const halted = state.halted ?? { reason: 'error', detail: 'the flow ended without a reason' };
  const last = lastPromotion(services.registry, directive.id);
  return {
    id: directive.id,
    version,
    solved: state.solved,
    ...(state.solved && last?.kind === 'awaiting-approval' ? { awaitingApproval: last.candidateId } : {}),
    bestCandidateId: state.best?.id,
    bestScore: state.best?.score,
    cycles: state.counters.cycle,
    halted,
  };
}

function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
