import type { EventRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';

/** Events that put a candidate in nodes/ or up for a human's approval: each is a promotion. */
export const PROMOTION_KINDS = ['node-written', 'awaiting-approval', 'approved'] as const;

/** The most recent promotion of a directive's candidate (the module nodes/ holds or is waiting on), if any. */
export function lastPromotion(registry: Registry, directiveId: string): EventRecord | undefined {
  const latest = PROMOTION_KINDS.map((kind) => registry.listEvents({ directiveId, kind, limit: 1 }).at(-1));
  return latest.filter((event): event is EventRecord => event !== undefined).sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).at(-1);
}
