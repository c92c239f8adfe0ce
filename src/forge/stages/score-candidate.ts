import type { BuildResult } from '../../check/build-result.js';
import type { ForgeConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';
import { combineScore } from '../../scoring/combine-score.js';
import { computeMetrics } from '../../scoring/compute-metrics.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import { scoringWeights } from './scoring-weights.js';

/** The score stage's work for one built candidate: its metric vector and its score under the configured weights. */
export function scoreCandidate(build: BuildResult, evaluation: Evaluation | undefined, config: ForgeConfig, directive: Directive): { metrics: Record<string, number>; score: number } {
  const metrics = computeMetrics(build, evaluation);
  return { metrics, score: combineScore(metrics, scoringWeights(config, directive)) };
}
