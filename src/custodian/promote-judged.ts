import type { CandidateRecord } from '../registry/records.js';
import type { CustodianView } from './custodian-view.js';
import { lastPromotion } from './last-promotion.js';
import type { MisalignmentFlag } from './misalignment-flag.js';

// Why a candidate may not be promoted: every sandbox flag and every misalignment flag, severe or not. Empty = clean.
function promotionObjections(candidate: CandidateRecord, misalignment: readonly MisalignmentFlag[]): string[] {
  const sandbox = (candidate.artifacts.flags ?? []).map((flag) => `sandbox flag ${flag}`);
  return [...sandbox, ...misalignment.map((flag) => `${flag.kind}: ${flag.detail}`)];
}

/**
 * The last step of judging a cycle (called by the custodian): the cycle's best candidate that built, ran and beats
 * the module already promoted is written to nodes/ (or put up for approval), provided neither the sandbox's flags
 * nor the custodian's misalignment check (`judge`, run on it here, before any write) object to it. A candidate with
 * any flag is never promoted: a `promotion-refused` event records why, and the next best candidate of the cycle is
 * considered instead. A solved candidate comes before every unsolved one, and beats an unsolved module whatever its
 * score. Promoting a solved candidate marks the directive solved.
 */
export function promoteJudged(view: CustodianView, judge: (candidate: CandidateRecord) => MisalignmentFlag[]): void {
  const promoted = lastPromotion(view.registry, view.directive.id);
  const bar = typeof promoted?.data.score === 'number' ? promoted.data.score : Number.NEGATIVE_INFINITY;
  // A solved candidate beats any unsolved module, whatever their scores (the score weighs train only: an unsolved
  // module as short as a solved one, and promoted first, would otherwise keep the directive from ever being solved).
  const promotedSolved = promoted?.candidateId !== undefined && view.registry.getCandidate(promoted.candidateId)?.status === 'solved';
  const beats = (c: CandidateRecord): boolean => c.score > bar || (c.status === 'solved' && !promotedSolved);
  const solvedFirst = (a: CandidateRecord, b: CandidateRecord): number => Number(b.status === 'solved') - Number(a.status === 'solved') || b.score - a.score;
  const contenders = view.registered.filter((c) => (c.status === 'evaluated' || c.status === 'solved') && beats(c)).sort(solvedFirst);
  for (const candidate of contenders) {
    const objections = promotionObjections(candidate, judge(candidate));
    if (objections.length > 0) {
      view.record('promotion-refused', { score: candidate.score, solved: candidate.status === 'solved', objections }, candidate.id);
      continue;
    }
    view.promote(candidate);
    return;
  }
}
