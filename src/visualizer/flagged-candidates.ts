import type { Registry } from '../registry/registry.js';

// Events that name a candidate in the normal course of a run (a solution written, the best unsolved one kept); any
// other event about a candidate (awaiting approval, a custodian's warning...) flags it for a human to look at.
const ROUTINE_KINDS = new Set(['node-written', 'kept-unsolved']);

/** Candidates of a directive that an event flagged, with the kinds of those events, for marking them in views. */
export function flaggedCandidates(registry: Registry, directiveId: string): Map<string, string[]> {
  const flagged = new Map<string, string[]>();
  for (const event of registry.listEvents({ directiveId })) {
    if (!event.candidateId || ROUTINE_KINDS.has(event.kind)) continue;
    flagged.set(event.candidateId, [...(flagged.get(event.candidateId) ?? []), event.kind]);
  }
  return flagged;
}

/** True when an event is a flag on a candidate, for live views that mark candidates as events arrive. */
export function isFlagEvent(event: { candidateId?: string; kind: string }): boolean {
  return event.candidateId !== undefined && event.candidateId !== null && !ROUTINE_KINDS.has(event.kind);
}
