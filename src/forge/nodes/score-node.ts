import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';
import { scoreCandidate } from '../stages/score-candidate.js';

/** Measures each candidate's metric vector and combines it into one score with the configured weights. */
export class ScoreNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'score';

  protected async work(state: ForgeState): Promise<undefined> {
    for (const item of state.items) {
      // A worker scored it already when the run is scaled out.
      if (!item.build || item.metrics) continue;
      ({ metrics: item.metrics, score: item.score } = scoreCandidate(item.build, item.evaluation, state.config, state.directive));
    }
    return undefined;
  }
}
