import { setEntropyLevel } from './adapt-entropy.js';
import type { CustodianView } from './custodian-view.js';
import { decomposeStalled } from './decompose-stalled.js';

/** The rungs of the escalation ladder, climbed in order while a directive does not improve. */
export const LADDER = ['raise-entropy', 'switch-engine', 'inject-diversity', 'decompose', 'pause'] as const;

const HALTING = new Set<string>(['decompose', 'pause']);

/** One rung of the ladder. */
export type Rung = (typeof LADDER)[number];

/** Cycles without improvement between two rungs: the ladder is climbed before the stagnation patience runs out. */
export function rungInterval(patience: number): number {
  return Math.max(1, Math.floor((patience - 1) / LADDER.length));
}

function switchEngine(view: CustodianView): string {
  const { config, engineName } = view;
  if (engineName === 'llm' && view.switchEngine('gp', config)) return 'llm → gp';
  if (engineName === 'gp' && config.llm && view.switchEngine('llm', config)) return 'gp → llm';
  if (engineName === 'gp') {
    // Without a second engine, switch the offline engine's operator regime: a narrower population searched longer.
    const gp = { ...config.gp, population: Math.max(10, Math.round(config.gp.population / 2)), generations_per_cycle: config.gp.generations_per_cycle * 2 };
    if (view.switchEngine('gp', { ...config, gp })) return `gp operator regime: population ${gp.population}, ${gp.generations_per_cycle} generations per cycle`;
  }
  return 'no other engine or operator available';
}

async function climb(view: CustodianView, rung: Rung): Promise<string> {
  const { custodian } = view;
  switch (rung) {
    case 'raise-entropy':
      setEntropyLevel(view, 2, 'escalation: stagnating');
      return `entropy level ${custodian.entropyLevel}`;
    case 'switch-engine':
      return switchEngine(view);
    case 'inject-diversity':
      custodian.diversityCycles = 3;
      view.reseed((view.seed ^ 0x5bd1e995 ^ view.cycle) >>> 0);
      return 'random parents for 3 cycles, new random stream, memory recalls widened';
    case 'decompose': {
      const ids = await decomposeStalled(view);
      // An autonomous run works the sub-directives first and comes back to this one with their solutions.
      if (ids.length > 0 && view.haltOnDecompose) view.halt({ reason: 'decomposed', detail: `waiting for ${ids.join(', ')}` });
      return ids.length > 0 ? `proposed ${ids.join(', ')}` : 'nothing to decompose into';
    }
    case 'pause': {
      const detail = `paused by the custodian after ${view.cyclesWithoutImprovement} cycles without improvement; flagged for a human`;
      view.registry.setDirectiveStatus(view.directive.id, 'paused');
      view.halt({ reason: 'paused', detail });
      view.record('directive-flagged', { reason: 'stagnation', detail });
      return 'paused and flagged';
    }
  }
}

/**
 * Climbs one rung when the directive has gone another `rungInterval` cycles without improving; an improvement resets
 * the ladder. Each rung climbed is recorded as an `escalation` event with what it did.
 */
export async function escalate(view: CustodianView): Promise<Rung | undefined> {
  const { custodian } = view;
  const stale = view.cyclesWithoutImprovement;
  if (stale === 0) {
    custodian.rung = 0;
    return undefined;
  }
  const interval = rungInterval(view.config.loop.stagnation_cycles);
  if (custodian.rung >= LADDER.length || stale < interval * (custodian.rung + 1)) return undefined;
  const rung = LADDER[custodian.rung];
  // The rungs that can end the directive's work wait until the stale stretch has used its share of the budget.
  if (HALTING.has(rung) && !view.stagnationDue) return undefined;
  custodian.rung += 1;
  const outcome = await climb(view, rung);
  view.record('escalation', { rung, step: custodian.rung, cyclesWithoutImprovement: stale, outcome });
  view.log(`custodian: ${rung} (${outcome})`);
  return rung;
}
