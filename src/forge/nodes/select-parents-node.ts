import { recallInspirations } from '../memory/recall-inspirations.js';
import { tournamentSelection } from '../../selection/tournament-selection.js';
import { createRandom, mixSeed } from '../../util/random.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';
import { withEntropy } from '../../custodian/entropy-settings.js';

const POOL = 24;

/**
 * Chooses the parents of this cycle with the run's parent selection strategy (by default a tournament by score and
 * ancestry credit, see src/selection/) over the directive's best candidates. The exploration settings come from adaptive
 * entropy; the next best candidates, and similar solutions of other directives recalled from the memory, are inspirations.
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
    const selection = state.services.parentSelection ?? tournamentSelection;
    state.parents = selection.select({ byScore: built, byAncestry }, { count: config.loop.parents, random: random.next, ancestryWeight: config.loop.ancestry_weight, diverse });
    const chosen = new Set(state.parents.map((p) => p.id));
    const own = built.filter((c) => !chosen.has(c.id)).slice(0, config.loop.inspirations);
    const recalled = await recallInspirations(state, config.memory.recall + (diverse ? 2 : 0));
    state.inspirations = [...own, ...recalled];
    state.items = [];
    return undefined;
  }
}

