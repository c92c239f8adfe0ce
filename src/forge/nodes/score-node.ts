import { combineScore } from '../../scoring/combine-score.js';
import { computeMetrics } from '../../scoring/compute-metrics.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';

/** Measures each candidate's metric vector and combines it into one score with the configured weights. */
export class ScoreNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'score';

  protected async work(state: ForgeState): Promise<undefined> {
    const weights = { ...state.config.scoring, ...state.directive.scoring };
    for (const item of state.items) {
      if (!item.build) continue;
      item.metrics = computeMetrics(item.build, item.evaluation);
      item.score = combineScore(item.metrics, weights);
    }
    return undefined;
  }
}
