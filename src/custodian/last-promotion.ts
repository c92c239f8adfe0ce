import type { EventRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';

/**
 * Events that record a judged-clean candidate as the directive's best so far, each a promotion: a solved one put in
 * nodes/ or up for a human's approval, an approved one, or an unsolved one kept in the registry (`kept-unsolved`).
 */
export const PROMOTION_KINDS = ['node-written', 'awaiting-approval', 'approved', 'kept-unsolved'] as const;

// Events recorded before directives had versions all belong to version 1.
const versionOf = (event: EventRecord): number => (typeof event.data.version === 'number' ? event.data.version : 1);

/** The most recent promotion of a candidate of the directive's current version, if any (an older version's is history). */
export function lastPromotion(registry: Registry, directiveId: string): EventRecord | undefined {
  const current = registry.getDirective(directiveId)?.version ?? 1;
  const events = PROMOTION_KINDS.flatMap((kind) => registry.listEvents({ directiveId, kind }));
  return events.filter((event) => versionOf(event) === current).sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).at(-1);
}
