import { z } from 'zod';
import { DEFAULT_SCORE_WEIGHTS } from './default-score-weights.js';

/** Metrics the default providers measure that have no default weight (docs/scoring.md lists them all). */
const UNWEIGHTED_METRICS = ['built', 'build_errors', 'type_errors'];

/**
 * `scoring` of a directive or forge_config.json: a weight per metric. A name no provider measures (other than a
 * script evaluator's `script_*`) is refused: a misspelt weight would otherwise be silently ignored.
 */
export const scoringWeightsSchema = z.record(z.string(), z.number().finite()).superRefine((weights, context) => {
  for (const name of Object.keys(weights)) {
    if (name in DEFAULT_SCORE_WEIGHTS || UNWEIGHTED_METRICS.includes(name) || /^script_\w+$/.test(name)) continue;
    context.addIssue({ code: 'custom', path: [name], message: `no metric is named "${name}" (see docs/scoring.md for the names; a script's metrics are script_<name>)` });
  }
});
