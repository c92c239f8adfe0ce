import type { CustodianState } from './custodian-state.js';
import type { ForgeState } from '../forge/flow/forge-state.js';
import { recordEvent } from '../forge/flow/record-event.js';
import { entropySettings, MAX_ENTROPY_LEVEL } from './entropy-settings.js';

/** Improvement rate at or below which the search explores more, and at or above which it exploits more. */
const EXPLORE_BELOW = 0;
const EXPLOIT_ABOVE = 0.4;

/** Moves the exploration level by `delta` (clamped), records why, and rebuilds the engine with the new settings. */
export function setEntropyLevel(state: ForgeState, custodian: CustodianState, delta: number, why: string): boolean {
  const from = custodian.entropyLevel;
  const to = Math.max(0, Math.min(MAX_ENTROPY_LEVEL, from + delta));
  if (to === from) return false;
  custodian.entropyLevel = to;
  const settings = entropySettings(state.config, to);
  recordEvent(state, 'entropy-changed', { from, to, why, settings: { ...settings } });
  state.services.log(`entropy ${from} → ${to} (${why})`);
  const factory = state.services.engineFactory;
  if (factory && (state.engine.name === 'gp' || state.engine.name === 'llm')) {
    state.engine = factory({ ...state.config, llm: state.config.llm ? { ...state.config.llm, temperatures: settings.temperatures } : null, gp: { ...state.config.gp, population: settings.gpPopulation } }, state.engine.name);
  }
  return true;
}

/**
 * Adaptive entropy: after each cycle, the share of improving cycles over the last `autonomy.entropy_window` cycles
 * decides whether to explore more (no improvement at all) or exploit more (frequent improvement). Every change is
 * recorded as an `entropy-changed` event with the rate that caused it.
 */
export function adaptEntropy(state: ForgeState, custodian: CustodianState, improved: boolean): void {
  const window = state.config.autonomy.entropy_window;
  custodian.improvements = [...custodian.improvements, improved].slice(-window);
  if (custodian.improvements.length < window) return;
  const rate = custodian.improvements.filter(Boolean).length / window;
  if (rate <= EXPLORE_BELOW) {
    if (setEntropyLevel(state, custodian, 1, `no improvement in ${window} cycles (rate ${rate.toFixed(2)})`)) custodian.improvements = [];
  } else if (rate >= EXPLOIT_ABOVE) {
    if (setEntropyLevel(state, custodian, -1, `improvement rate ${rate.toFixed(2)} over ${window} cycles`)) custodian.improvements = [];
  }
}
