import { HephaestusError } from '../index.js';
import type { CandidateRecord, Registry } from '../index.js';

/** Shortest id prefix taken for a candidate: the dashboard and mermaid labels show 8 characters. */
export const MIN_ID_PREFIX = 6;

/**
 * The candidate with this id or, failing that, the one whose id starts with it (at least MIN_ID_PREFIX characters);
 * undefined when none does. A prefix several candidates share is bad input naming them (INVALID_INPUT).
 */
export function findCandidate(registry: Pick<Registry, 'getCandidate' | 'listDirectives' | 'lineageGraph'>, id: string): CandidateRecord | undefined {
  const exact = registry.getCandidate(id);
  if (exact || id.length < MIN_ID_PREFIX) return exact;
  // Summaries only: the code and artifacts of every candidate are not read to match an id.
  const matches = registry.listDirectives().flatMap((d) => registry.lineageGraph(d.id).nodes.map((n) => n.id).filter((c) => c.startsWith(id)));
  if (matches.length > 1) throw new HephaestusError('INVALID_INPUT', `candidate id prefix "${id}" matches ${matches.length} candidates: ${matches.join(', ')}`, { field: 'id' });
  return matches.length === 1 ? registry.getCandidate(matches[0]) : undefined;
}
