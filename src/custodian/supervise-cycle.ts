import { adaptEntropy } from './adapt-entropy.js';
import type { ForgeState } from '../forge/flow/forge-state.js';
import { recordEvent } from '../forge/flow/record-event.js';
import { rememberCycle } from '../forge/memory/remember-cycle.js';
import type { CandidateRecord } from '../registry/records.js';
import { createCustodianState, type CustodianState } from './custodian-state.js';
import { escalate } from './escalation-ladder.js';
import { findMisalignment } from './find-misalignment.js';
import { trackLineages } from './track-lineages.js';

const WATCHED = new Set(['evaluated', 'solved', 'test-failed']);

// The best candidate and anything the sandbox flagged are checked; a severe flag on the best halts the directive.
function checkMisalignment(state: ForgeState, custodian: CustodianState, registered: CandidateRecord[]): void {
  const suspects = registered.filter((c) => c.id === state.best?.id || (c.artifacts.flags ?? []).length > 0);
  for (const candidate of suspects) {
    if (custodian.checked.includes(candidate.id)) continue;
    custodian.checked.push(candidate.id);
    const flags = findMisalignment(candidate, state.directive, state.examples);
    for (const flag of flags) recordEvent(state, 'misalignment-flag', { ...flag }, candidate.id);
    const severe = flags.filter((f) => f.severe);
    if (candidate.id === state.best?.id && severe.length > 0 && !state.halted) {
      state.services.registry.setDirectiveStatus(state.directive.id, 'flagged');
      const detail = `best candidate ${candidate.id} is flagged: ${severe.map((f) => `${f.kind} (${f.detail})`).join('; ')}`;
      recordEvent(state, 'directive-flagged', { reason: 'misalignment', detail }, candidate.id);
      state.halted = { reason: 'flagged', detail };
    }
  }
}

/**
 * The custodian's work at the end of every cycle (called by the govern stage): remember the cycle in the memory,
 * honour a human pause, look for misalignment, track stagnation per lineage, adapt entropy to the improvement rate
 * and climb the escalation ladder when the directive stagnates. May set `state.halted` (paused or flagged).
 */
export async function superviseCycle(state: ForgeState, improved: boolean): Promise<void> {
  const custodian = (state.custodian ??= createCustodianState());
  const { registry } = state.services;
  const registered = state.items.flatMap((item) => (item.candidateId && WATCHED.has(item.status ?? '') ? [registry.getCandidate(item.candidateId)] : [])).filter((c): c is CandidateRecord => c !== undefined);
  await rememberCycle(state, registered, improved);
  if (registry.getDirective(state.directive.id)?.status === 'paused') {
    state.halted = { reason: 'paused', detail: 'paused by a human (hephaestus pause)' };
    return;
  }
  checkMisalignment(state, custodian, registered);
  if (state.halted || state.solved) return;
  const lineagePatience = Math.max(2, Math.floor(state.config.loop.stagnation_cycles / 2));
  for (const root of trackLineages(registry, custodian, registered, state.counters.cycle, lineagePatience)) {
    recordEvent(state, 'lineage-stalled', { root, best: custodian.lineages[root].best, sinceCycle: custodian.lineages[root].cycle, patience: lineagePatience });
  }
  if (custodian.diversityCycles > 0) custodian.diversityCycles -= 1;
  adaptEntropy(state, custodian, improved);
  if (state.config.autonomy.escalate) await escalate(state, custodian);
}
