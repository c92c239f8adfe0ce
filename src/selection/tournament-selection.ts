import type { CandidateRecord } from '../registry/records.js';
import type { ParentSelection, SelectionOptions, SelectionPool } from './parent-selection.js';

/** Picks the best-scoring of `size` random members of the pool. */
function tournament(pool: CandidateRecord[], next: () => number, size: number): CandidateRecord | undefined {
  let best: CandidateRecord | undefined;
  for (let i = 0; i < size && pool.length > 0; i++) {
    const entry = pool[Math.floor(next() * pool.length)];
    if (!best || entry.score > best.score) best = entry;
  }
  return best;
}

/**
 * Parents mostly by score (a tournament of three among the best), partly by ancestry credit (lineages whose
 * descendants keep improving), so that productive families get more offspring; the best candidate is always a parent
 * (elitism keeps the loop from drifting away from its best). Injected diversity draws at random (tournaments of one).
 */
export const tournamentSelection: ParentSelection = {
  name: 'tournament',
  select({ byScore, byAncestry }: SelectionPool, { count, random, ancestryWeight, diverse }: SelectionOptions): CandidateRecord[] {
    const wanted = Math.min(count, byScore.length);
    const chosen = new Map<string, CandidateRecord>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 8; attempt++) {
      const useAncestry = byAncestry.length > 0 && random() < ancestryWeight;
      const pick = tournament(useAncestry ? byAncestry : byScore, random, diverse ? 1 : 3);
      if (pick) chosen.set(pick.id, pick);
    }
    const best = byScore[0];
    if (best && !chosen.has(best.id)) {
      if (chosen.size >= wanted && chosen.size > 0) chosen.delete([...chosen.keys()][chosen.size - 1]);
      chosen.set(best.id, best);
    }
    return [...chosen.values()].sort((a, b) => b.score - a.score);
  },
};
