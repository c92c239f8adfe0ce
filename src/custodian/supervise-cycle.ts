import { adaptEntropy } from '../engine/goal-proposer/adapt-entropy.js';
import type { ForgeState } from '../engine/flow/forge-state.js';
import { recordEvent } from '../engine/flow/record-event.js';
import { rememberCycle } from '../memory/remember-cycle.js';
import type { CandidateRecord } from '../registry/records.js';
import { createCustodianState, type CustodianState } from './custodian-state.js';
import { escalate } from './escalation-ladder.js';
import { findMisalignment } from './find-misalignment.js';
import type { MisalignmentFlag } from './misalignment-flag.js';
import { promoteJudged } from './promote-judged.js';
import { trackLineages } from './track-lineages.js';

const WATCHED = new Set(['evaluated', 'solved', 'test-failed']);

/** The misalignment check of one candidate as the custodian runs it: each finding is recorded once, as an event. */
type Judge = (candidate: CandidateRecord) => MisalignmentFlag[];

function judgeOnce(state: ForgeState, custodian: CustodianState): Judge {
  const found = new Map<string, MisalignmentFlag[]>();
  return (candidate) => {
    const known = found.get(candidate.id);
    if (known) return known;
    const flags = findMisalignment(candidate, state.directive, state.examples);
    found.set(candidate.id, flags);
    if (!custodian.checked.includes(candidate.id)) {
      custodian.checked.push(candidate.id);
      for (const flag of flags) recordEvent(state, 'misalignment-flag', { ...flag }, candidate.id);
    }
    return flags;
  };
}

// The best candidate and anything the sandbox flagged are checked; a severe flag on the best halts the directive.
function checkMisalignment(state: ForgeState, judge: Judge, registered: CandidateRecord[]): void {
  const suspects = registered.filter((c) => c.id === state.best?.id || (c.artifacts.flags ?? []).length > 0);
  for (const candidate of suspects) {
    const severe = judge(candidate).filter((f) => f.severe);
    if (candidate.id === state.best?.id && severe.length > 0 && !state.halted) {
      state.services.registry.setDirectiveStatus(state.directive.id, 'flagged');
      const detail = `best candidate ${candidate.id} is flagged: ${severe.map((f) => `${f.kind} (${f.detail})`).join('; ')}`;
      recordEvent(state, 'directive-flagged', { reason: 'misalignment', detail }, candidate.id);
      state.halted = { reason: 'flagged', detail };
    }
  }
}

/**
 * The custodian's work at the end of every cycle (called by the govern stage): remember the cycle in the memory, look
 * for misalignment and promote the best clean candidate to nodes/ (promote-judged.ts), honour a human pause, track
 * stagnation per lineage, adapt entropy to the improvement rate and climb the escalation ladder when the directive
 * stagnates. May set `state.halted` (paused or flagged) and `state.solved` (a solved candidate was promoted).
 */
export async function superviseCycle(state: ForgeState, improved: boolean): Promise<void> {
  const custodian = (state.custodian ??= createCustodianState());
  const { registry } = state.services;
  const registered = state.items.flatMap((item) => (item.candidateId && WATCHED.has(item.status ?? '') ? [registry.getCandidate(item.candidateId)] : [])).filter((c): c is CandidateRecord => c !== undefined);
  await rememberCycle(state, registered, improved);
  // Judged before promoted: nothing reaches nodes/ until every check has run on it (promote-judged.ts judges each
  // contender it considers with the same check).
  const judge = judgeOnce(state, custodian);
  checkMisalignment(state, judge, registered);
  promoteJudged(state, registered, judge);
  if (state.halted) return;
  if (registry.getDirective(state.directive.id)?.status === 'paused') {
    state.halted = { reason: 'paused', detail: 'paused by a human (hephaestus pause)' };
    return;
  }
  if (state.solved) return;
  const lineagePatience = Math.max(2, Math.floor(state.config.loop.stagnation_cycles / 2));
  for (const root of trackLineages(registry, custodian, registered, state.counters.cycle, lineagePatience)) {
    recordEvent(state, 'lineage-stalled', { root, best: custodian.lineages[root].best, sinceCycle: custodian.lineages[root].cycle, patience: lineagePatience });
  }
  if (custodian.diversityCycles > 0) custodian.diversityCycles -= 1;
  adaptEntropy(state, custodian, improved);
  if (state.config.autonomy.escalate) await escalate(state, custodian);
}
