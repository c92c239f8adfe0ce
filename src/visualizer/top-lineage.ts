/** Something with an id, parents and a score, in registration order. */
export interface Ranked {
  id: string;
  parents: string[];
  score: number;
}

/**
 * At most `limit` candidates of a large lineage, in the input order: the best candidate and its ancestry (nearest
 * ancestors first), then the next best's, until the limit is reached. That is the part worth drawing first, since it
 * shows how the best programs came about; a whole ancestry closure would be most of a long run's lineage.
 */
export function topLineage<T extends Ranked>(nodes: readonly T[], limit: number): T[] {
  if (nodes.length <= limit) return [...nodes];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const best = [...nodes].sort((a, b) => b.score - a.score);
  const keep = new Set<string>();
  for (const start of best) {
    if (keep.size >= limit) break;
    const queue = [start.id];
    for (let i = 0; i < queue.length && keep.size < limit; i += 1) {
      const id = queue[i];
      if (keep.has(id)) continue;
      keep.add(id);
      for (const parent of byId.get(id)?.parents ?? []) if (!keep.has(parent) && byId.has(parent)) queue.push(parent);
    }
  }
  return nodes.filter((n) => keep.has(n.id));
}
