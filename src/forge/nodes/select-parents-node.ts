import { recallInspirations } from '../memory/recall-inspirations.js';
import type { CandidateRecord } from '../../registry/records.js';
import { createRandom, mixSeed } from '../../util/random.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';
import { withEntropy } from '../../custodian/entropy-settings.js';

const POOL = 24;

/**
 * Chooses the parents of this cycle: mostly by score (a tournament among the best), partly by ancestry credit
 * (lineages whose descendants keep improving), so that productive families get more offspring. The exploration
 * settings come from adaptive entropy; similar solutions of other directives are recalled from the memory as inspirations.
 */
export class SelectParentsNode extends ForgeStage {
  readonly stageName = 'select';

  protected async work(state: ForgeState): Promise<undefined> {
    const { registry } = state.services;
    const directiveId = state.directive.id;
    const config = withEntropy(state.config, state.custodian?.entropyLevel ?? 0);
    const diverse = (state.custodian?.diversityCycles ?? 0) > 0;
    const random = createRandom(mixSeed(state.seed, state.counters.cycle * 7 + 1));
    const built = registry.listCandidates({ directiveId, statuses: ['evaluated', 'solved', 'test-failed'], orderBy: 'score', limit: POOL });
    const byAncestry = registry.topByAncestry(directiveId, POOL).map((entry) => entry.candidate);
    const wanted = Math.min(config.loop.parents, built.length);
    const chosen = new Map<string, CandidateRecord>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 8; attempt++) {
      const useAncestry = byAncestry.length > 0 && random.next() < config.loop.ancestry_weight;
      const pool = useAncestry ? byAncestry : built;
      // Injected diversity (an escalation rung) draws parents at random instead of by score for a few cycles.
      const pick = tournament(pool, random.next, diverse ? 1 : 3);
      if (pick) chosen.set(pick.id, pick);
    }
    // The best candidate is always a parent: elitism keeps the loop from drifting away from its best.
    if (built[0] && !chosen.has(built[0].id)) {
      if (chosen.size >= wanted && chosen.size > 0) chosen.delete([...chosen.keys()][chosen.size - 1]);
      chosen.set(built[0].id, built[0]);
    }
    state.parents = [...chosen.values()].sort((a, b) => b.score - a.score);
    const own = built.filter((c) => !chosen.has(c.id)).slice(0, config.loop.inspirations);
    const recalled = await recallInspirations(state, config.memory.recall + (diverse ? 2 : 0));
    state.inspirations = [...own, ...recalled];
    state.items = [];
    return undefined;
  }
}

/** Picks the best-scoring of `size` random members of the pool. */
function tournament(pool: CandidateRecord[], next: () => number, size: number): CandidateRecord | undefined {
  let best: CandidateRecord | undefined;
  for (let i = 0; i < size && pool.length > 0; i++) {
    const entry = pool[Math.floor(next() * pool.length)];
    if (!best || entry.score > best.score) best = entry;
  }
  return best;
}
