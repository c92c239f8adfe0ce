import { adaptEntropy } from './adapt-entropy.js';
import type { CustodianView } from './custodian-view.js';
import { escalate } from './escalation-ladder.js';
import { findMisalignment } from './find-misalignment.js';
import { trackLineages } from './track-lineages.js';

// The best candidate and anything the sandbox flagged are checked; a severe flag on the best halts the directive.
function checkMisalignment(view: CustodianView): void {
  const { custodian, best } = view;
  const suspects = view.registered.filter((c) => c.id === best?.id || (c.artifacts.flags ?? []).length > 0);
  for (const candidate of suspects) {
    if (custodian.checked.includes(candidate.id)) continue;
    custodian.checked.push(candidate.id);
    const flags = findMisalignment(candidate, view.directive, view.examples);
    for (const flag of flags) view.record('misalignment-flag', { ...flag }, candidate.id);
    const severe = flags.filter((f) => f.severe);
    if (candidate.id === best?.id && severe.length > 0 && !view.halted) {
      view.registry.setDirectiveStatus(view.directive.id, 'flagged');
      const detail = `best candidate ${candidate.id} is flagged: ${severe.map((f) => `${f.kind} (${f.detail})`).join('; ')}`;
      view.record('directive-flagged', { reason: 'misalignment', detail }, candidate.id);
      view.halt({ reason: 'flagged', detail });
    }
  }
}

/**
 * The custodian's work at the end of every cycle (called by the govern stage): honour a human pause, look for
 * misalignment, track stagnation per lineage, adapt entropy to the improvement rate and climb the escalation ladder
 * when the directive stagnates. May halt the loop (paused, flagged or decomposed) through the view.
 */
export async function superviseCycle(view: CustodianView, improved: boolean): Promise<void> {
  const { custodian, registry } = view;
  if (registry.getDirective(view.directive.id)?.status === 'paused') {
    view.halt({ reason: 'paused', detail: 'paused by a human (hephaestus pause)' });
    return;
  }
  checkMisalignment(view);
  if (view.halted || view.solved) return;
  const lineagePatience = Math.max(2, Math.floor(view.config.loop.stagnation_cycles / 2));
  for (const root of trackLineages(registry, custodian, view.registered, view.cycle, lineagePatience)) {
    view.record('lineage-stalled', { root, best: custodian.lineages[root].best, sinceCycle: custodian.lineages[root].cycle, patience: lineagePatience });
  }
  if (custodian.diversityCycles > 0) custodian.diversityCycles -= 1;
  adaptEntropy(view, improved);
  if (view.config.autonomy.escalate) await escalate(view);
}
