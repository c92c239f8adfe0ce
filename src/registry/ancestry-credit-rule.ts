/** How far up the lineage an improvement is credited: parents are depth 1. */
export const ANCESTRY_MAX_DEPTH = 6;

/** Weight of the credit at depth d is ANCESTRY_DECAY^(d-1): parents 1, grandparents 0.5, ... */
export const ANCESTRY_DECAY = 0.5;

/** What a new candidate improved over its best parent; zero without parents or when a score is not finite. */
export function improvementOverParents(score: number, parentScores: number[]): number {
  if (parentScores.length === 0 || !Number.isFinite(score)) return 0;
  const finite = parentScores.filter((value) => Number.isFinite(value));
  // A parent at -Infinity (never scored) would make any child an infinite improvement; such parents give no baseline.
  if (finite.length === 0) return 0;
  return Math.max(0, score - Math.max(...finite));
}

/**
 * The credit each ancestor earns from one improvement: breadth-first over the parent DAG from the direct parents,
 * each ancestor credited once at its shallowest depth, up to ANCESTRY_MAX_DEPTH.
 */
export function ancestryCreditShares(
  improvement: number,
  parents: readonly string[],
  parentsOf: (id: string) => readonly string[],
): Map<string, number> {
  const shares = new Map<string, number>();
  if (!(improvement > 0)) return shares;
  let frontier = [...new Set(parents)];
  for (let depth = 1; depth <= ANCESTRY_MAX_DEPTH && frontier.length > 0; depth += 1) {
    const weight = improvement * ANCESTRY_DECAY ** (depth - 1);
    const next: string[] = [];
    for (const id of frontier) {
      if (shares.has(id)) continue;
      shares.set(id, weight);
      if (depth < ANCESTRY_MAX_DEPTH) next.push(...parentsOf(id));
    }
    frontier = next.filter((id) => !shares.has(id));
  }
  return shares;
}
