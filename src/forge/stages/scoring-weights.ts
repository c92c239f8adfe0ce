import type { ForgeConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';

// A script evaluator's verdict is its score; the one pass/fail train case it also counts as would add `solved` on top
// (a solved script scoring 1 printed 1.9999), so for script directives the train terms weigh 0 unless configured.
const SCRIPT_DEFAULTS: Readonly<Record<string, number>> = { train_pass_rate: 0, train_mean_error: 0 };

/** The weights a directive is scored with: the defaults for its evaluator, then forge_config.json, then its own. */
export function scoringWeights(config: ForgeConfig, directive: Directive): Record<string, number> {
  return { ...(directive.evaluator.kind === 'script' ? SCRIPT_DEFAULTS : {}), ...config.scoring, ...directive.scoring };
}
