import type { CustodianView } from './custodian-view.js';
import { entropySettings, MAX_ENTROPY_LEVEL } from './entropy-settings.js';

/** Improvement rate at or below which the search explores more, and at or above which it exploits more. */
const EXPLORE_BELOW = 0;
const EXPLOIT_ABOVE = 0.4;

/** Moves the exploration level by `delta` (clamped), records why, and rebuilds the engine with the new settings. */
export function setEntropyLevel(view: CustodianView, delta: number, why: string): boolean {
  const { custodian, config } = view;
  const from = custodian.entropyLevel;
  const to = Math.max(0, Math.min(MAX_ENTROPY_LEVEL, from + delta));
  if (to === from) return false;
  custodian.entropyLevel = to;
  const settings = entropySettings(config, to);
  view.record('entropy-changed', { from, to, why, settings: { ...settings } });
  view.log(`entropy ${from} → ${to} (${why})`);
  const name = view.engineName;
  if (name === 'gp' || name === 'llm') {
    view.switchEngine(name, { ...config, llm: config.llm ? { ...config.llm, temperatures: settings.temperatures } : null, gp: { ...config.gp, population: settings.gpPopulation } });
  }
  return true;
}

/**
 * Adaptive entropy: after each cycle, the share of improving cycles over the last `autonomy.entropy_window` cycles
 * decides whether to explore more (no improvement at all) or exploit more (frequent improvement). Every change is
 * recorded as an `entropy-changed` event with the rate that caused it.
 */
export function adaptEntropy(view: CustodianView, improved: boolean): void {
  const { custodian } = view;
  const window = view.config.autonomy.entropy_window;
  custodian.improvements = [...custodian.improvements, improved].slice(-window);
  if (custodian.improvements.length < window) return;
  const rate = custodian.improvements.filter(Boolean).length / window;
  if (rate <= EXPLORE_BELOW) {
    if (setEntropyLevel(view, 1, `no improvement in ${window} cycles (rate ${rate.toFixed(2)})`)) custodian.improvements = [];
  } else if (rate >= EXPLOIT_ABOVE) {
    if (setEntropyLevel(view, -1, `improvement rate ${rate.toFixed(2)} over ${window} cycles`)) custodian.improvements = [];
  }
}
