import type { CustodianState } from './custodian-state.js';
import { setEntropyLevel } from './adapt-entropy.js';
import type { ForgeState } from '../forge/flow/forge-state.js';
import { recordEvent } from '../forge/flow/record-event.js';
import { decomposeStalled } from './decompose-stalled.js';

/** The rungs of the escalation ladder, climbed in order while a directive does not improve. */
export const LADDER = ['raise-entropy', 'switch-engine', 'inject-diversity', 'decompose', 'pause'] as const;

/** One rung of the ladder. */
export type Rung = (typeof LADDER)[number];

/** Cycles without improvement between two rungs: the ladder is climbed before the stagnation patience runs out. */
export function rungInterval(patience: number): number {
  return Math.max(1, Math.floor((patience - 1) / LADDER.length));
}

function switchEngine(state: ForgeState): string {
  const { services, config } = state;
  if (state.engine.name === 'llm' && services.fallbackEngine) {
    state.engine = services.fallbackEngine();
    return 'llm → gp';
  }
  if (state.engine.name === 'gp' && config.llm && services.engineFactory) {
    state.engine = services.engineFactory(config, 'llm');
    return 'gp → llm';
  }
  if (state.engine.name === 'gp' && services.engineFactory) {
    // Without a second engine, switch the offline engine's operator regime: a narrower population searched longer.
    const gp = { ...config.gp, population: Math.max(10, Math.round(config.gp.population / 2)), generations_per_cycle: config.gp.generations_per_cycle * 2 };
    state.engine = services.engineFactory({ ...config, gp }, 'gp');
    return `gp operator regime: population ${gp.population}, ${gp.generations_per_cycle} generations per cycle`;
  }
  return 'no other engine or operator available';
}

async function climb(state: ForgeState, custodian: CustodianState, rung: Rung): Promise<string> {
  switch (rung) {
    case 'raise-entropy':
      setEntropyLevel(state, custodian, 2, 'escalation: stagnating');
      return `entropy level ${custodian.entropyLevel}`;
    case 'switch-engine':
      return switchEngine(state);
    case 'inject-diversity':
      custodian.diversityCycles = 3;
      state.seed = (state.seed ^ 0x5bd1e995 ^ state.counters.cycle) >>> 0;
      return 'random parents for 3 cycles, new random stream, memory recalls widened';
    case 'decompose': {
      const ids = await decomposeStalled(state);
      // An autonomous run works the sub-directives first and comes back to this one with their solutions.
      if (ids.length > 0 && state.services.haltOnDecompose) state.halted = { reason: 'decomposed', detail: `waiting for ${ids.join(', ')}` };
      return ids.length > 0 ? `proposed ${ids.join(', ')}` : 'nothing to decompose into';
    }
    case 'pause':
      state.services.registry.setDirectiveStatus(state.directive.id, 'paused');
      state.halted = { reason: 'paused', detail: `paused by the custodian after ${state.counters.cyclesWithoutImprovement} cycles without improvement; flagged for a human` };
      recordEvent(state, 'directive-flagged', { reason: 'stagnation', detail: state.halted.detail });
      return 'paused and flagged';
  }
}

/**
 * Climbs one rung when the directive has gone another `rungInterval` cycles without improving; an improvement resets
 * the ladder. Each rung climbed is recorded as an `escalation` event with what it did.
 */
export async function escalate(state: ForgeState, custodian: CustodianState): Promise<Rung | undefined> {
  const stale = state.counters.cyclesWithoutImprovement;
  if (stale === 0) {
    custodian.rung = 0;
    return undefined;
  }
  const interval = rungInterval(state.config.loop.stagnation_cycles);
  if (custodian.rung >= LADDER.length || stale < interval * (custodian.rung + 1)) return undefined;
  const rung = LADDER[custodian.rung];
  custodian.rung += 1;
  const outcome = await climb(state, custodian, rung);
  recordEvent(state, 'escalation', { rung, step: custodian.rung, cyclesWithoutImprovement: stale, outcome });
  state.services.log(`custodian: ${rung} (${outcome})`);
  return rung;
}
