import type { ForgeState } from '../flow/forge-state.js';
import type { CandidateRecord } from '../../registry/records.js';

/**
 * Similar past solutions from other directives with the same signature, best first: they join the cycle's
 * inspirations, so the LLM sees them in its prompt and the offline engine seeds its population with them. This is how
 * a solved sub-directive feeds its parent and how earlier runs help later ones.
 */
export async function recallInspirations(state: ForgeState, count: number): Promise<CandidateRecord[]> {
  const memory = state.services.memory;
  if (!memory || count === 0) return [];
  const { directive, services } = state;
  const query = state.best?.code ?? `${directive.goal}\n${directive.signature}`;
  try {
    const hits = await memory.recall(query, { kind: 'candidate', signature: directive.signature, excludeDirectiveId: directive.id, limit: count * 4 });
    const found = hits.flatMap((hit) => {
      const candidate = services.registry.getCandidate(hit.ref);
      return candidate && Number.isFinite(candidate.score) ? [{ candidate, rank: (hit.score ?? candidate.score) + hit.similarity }] : [];
    });
    return found.sort((a, b) => b.rank - a.rank).slice(0, count).map((f) => f.candidate);
  } catch (error) {
    services.registry.recordEvent({ runId: state.run.id, directiveId: directive.id, kind: 'memory-failed', data: { message: (error as Error).message } });
    return [];
  }
}
