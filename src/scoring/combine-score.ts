import { DEFAULT_SCORE_WEIGHTS } from '../directive/default-score-weights.js';
import { scoreTransforms } from './score-transforms.js';

/** Every candidate that failed to build scores in (BUILD_FAILURE_SCORE - 1, BUILD_FAILURE_SCORE]. */
export const BUILD_FAILURE_SCORE = -1000;

// A built candidate's score is clamped into this range, so that it stays finite and above every failed build.
const BUILT_MIN = BUILD_FAILURE_SCORE + 1;
const BUILT_MAX = 1e9;

/**
 * One number to rank candidates by, higher is better: the sum of weight x transformed metric over the default weights
 * overridden by `weights` (forge_config.json `scoring`, then the directive's). A weight whose metric is absent adds
 * nothing, which lets weights name script metrics that only some evaluators report. Failed builds (built = 0) rank
 * below every built candidate, fewer build errors first.
 */
export function combineScore(metrics: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = {}): number {
  if (metrics.built === 0) {
    const errors = Math.max(0, metrics.build_errors ?? 0);
    return BUILD_FAILURE_SCORE - (Number.isFinite(errors) ? errors / (errors + 1) : 1);
  }
  let sum = 0;
  for (const [name, weight] of Object.entries({ ...DEFAULT_SCORE_WEIGHTS, ...weights })) {
    const value = metrics[name];
    if (weight === 0 || value === undefined || Number.isNaN(value)) continue;
    const transform = scoreTransforms[name];
    sum += weight * (transform ? transform(value) : value);
  }
  if (Number.isNaN(sum)) return BUILT_MIN;
  return Math.min(BUILT_MAX, Math.max(BUILT_MIN, sum));
}
