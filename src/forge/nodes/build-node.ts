import { buildCandidate } from '../../check/build-candidate.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';

const NO_STRUCTURE = { lines: 0, cyclomatic: 0, typeErrors: 0, lintFindings: 0 };

/**
 * Stages, parses, type-checks and guards each proposal. Code the directive already holds is dropped here:
 * evaluating it again would spend budget to learn nothing.
 */
export class BuildNode extends ForgeStage {
  readonly stageName = 'build';

  protected async work(state: ForgeState): Promise<undefined> {
    const { registry, stagingRoot } = state.services;
    const seen = new Set<string>();
    const kept = [];
    for (const item of state.items) {
      if (item.proposal.failure) {
        item.build = { ok: false, errors: [{ stage: 'parse', message: `engine failure: ${item.proposal.failure}` }], structural: NO_STRUCTURE, stagingDir: '' };
      } else {
        if (seen.has(item.hash) || registry.findByHash(state.directive.id, item.hash)) {
          state.counters.duplicates += 1;
          continue;
        }
        seen.add(item.hash);
        // Scaled out, a worker builds it with its test and score (TestNode).
        if (!state.services.remote) item.build = await buildCandidate({ code: item.proposal.code, directive: state.directive, stagingRoot });
      }
      kept.push(item);
    }
    state.items = kept;
    return undefined;
  }
}
