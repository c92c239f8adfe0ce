import { adaptEntropy } from './adapt-entropy.js';
import type { CandidateRecord } from '../registry/records.js';
import type { CustodianView } from './custodian-view.js';
import { escalate } from './escalation-ladder.js';
import { findMisalignment } from './find-misalignment.js';
import type { MisalignmentFlag } from './misalignment-flag.js';
import { promoteJudged } from './promote-judged.js';
import { trackLineages } from './track-lineages.js';

/** The misalignment check of one candidate as the custodian runs it: each finding is recorded once, as an event. */
type Judge = (candidate: CandidateRecord) => MisalignmentFlag[];

function judgeOnce(view: CustodianView): Judge {
  const found = new Map<string, MisalignmentFlag[]>();
  const { custodian } = view;
  return (candidate) => {
    const known = found.get(candidate.id);
    if (known) return known;
    const flags = findMisalignment(candidate, view.directive, view.examples);
    found.set(candidate.id, flags);
    if (!custodian.checked.includes(candidate.id)) {
      custodian.checked.push(candidate.id);
      for (const flag of flags) view.record('misalignment-flag', { ...flag }, candidate.id);
    }
    return flags;
  };
}

// The best candidate and anything the sandbox flagged are checked; a severe flag on the best halts the directive.
function checkMisalignment(view: CustodianView, judge: Judge): void {
  const { best } = view;
  const suspects = view.registered.filter((c) => c.id === best?.id || (c.artifacts.flags ?? []).length > 0);
  for (const candidate of suspects) {
    const severe = judge(candidate).filter((f) => f.severe);
    if (candidate.id === best?.id && severe.length > 0 && !view.halted) {
      view.registry.setDirectiveStatus(view.directive.id, 'flagged');
      const detail = `best candidate ${candidate.id} is flagged: ${severe.map((f) => `${f.kind} (${f.detail})`).join('; ')}`;
      view.record('directive-flagged', { reason: 'misalignment', detail }, candidate.id);
      view.halt({ reason: 'flagged', detail });
    }
  }
}

/**
 * The custodian's work at the end of every cycle (called by the govern stage, after the memory kept the cycle): look
 * for misalignment and promote the best clean candidate to nodes/ (promote-judged.ts), honour a human pause, track
 * stagnation per lineage, adapt entropy to the improvement rate and climb the escalation ladder when the directive
 * stagnates. May halt the loop (paused, flagged or decomposed) and mark it solved (a solved candidate was promoted),
 * through the view.
 */
export async function superviseCycle(view: CustodianView, improved: boolean): Promise<void> {
  const { custodian, registry } = view;
  // Judged before promoted: nothing reaches nodes/ until every check has run on it (promote-judged.ts judges each
  // contender it considers with the same check).
  const judge = judgeOnce(view);
  checkMisalignment(view, judge);
  promoteJudged(view, judge);
  if (view.halted) return;
  if (registry.getDirective(view.directive.id)?.status === 'paused') {
    view.halt({ reason: 'paused', detail: 'paused by a human (hephaestus pause)' });
    return;
  }
  if (view.solved) return;
  const lineagePatience = Math.max(2, Math.floor(view.config.loop.stagnation_cycles / 2));
  for (const root of trackLineages(registry, custodian, view.registered, view.cycle, lineagePatience)) {
    view.record('lineage-stalled', { root, best: custodian.lineages[root].best, sinceCycle: custodian.lineages[root].cycle, patience: lineagePatience });
  }
  if (custodian.diversityCycles > 0) custodian.diversityCycles -= 1;
  adaptEntropy(view, improved);
  if (view.config.autonomy.escalate) await escalate(view);
}
