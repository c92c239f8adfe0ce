import { lastPromotion } from '../../custodian/last-promotion.js';
import { superviseCycle } from '../../custodian/supervise-cycle.js';
import { custodianViewOf, registeredThisCycle } from '../flow/custodian-view-of.js';
import { rememberCycle } from '../memory/remember-cycle.js';
import { ForgeStage, HALT } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';
import { stopAtCycleEnd, wallMs } from '../flow/stop-checks.js';

/** The action that starts another cycle. */
export const CONTINUE = 'continue';

/**
 * Closes a cycle: tracks improvement, checkpoints the run so `resume` can continue it, and decides whether
 * to go on (kill switches, budgets, stagnation, a solution).
 */
export class GovernNode extends ForgeStage {
  readonly stageName = 'govern';

  protected async work(state: ForgeState): Promise<string> {
    const { counters, services } = state;
    counters.cycle += 1;
    const best = state.best?.score ?? Number.NEGATIVE_INFINITY;
    const improved = best > counters.bestScore;
    if (improved) {
      counters.bestScore = best;
      counters.cyclesWithoutImprovement = 0;
      counters.executionsAtImprovement = counters.executions;
      counters.wallMsAtImprovement = wallMs(state);
    } else {
      counters.cyclesWithoutImprovement += 1;
    }
    const cycleSummary = state.items.map((item) => item.status ?? 'skipped');
    recordEvent(state, 'cycle', { cycle: counters.cycle, best: counters.bestScore, statuses: cycleSummary, engine: state.engine.name });
    checkpoint(state);
    services.onCycle?.(state);
    // The memory keeps the cycle; the custodian judges it, promotes the best clean candidate, and may pause or flag the directive.
    const registered = registeredThisCycle(state);
    await rememberCycle(state, registered, improved);
    await superviseCycle(custodianViewOf(state, registered), improved);
    if (state.halted) return HALT;
    if (state.solved) {
      const promoted = lastPromotion(services.registry, state.directive.id)?.candidateId;
      state.halted = { reason: 'solved', detail: `candidate ${promoted} passes every train and test case and was promoted` };
      return HALT;
    }
    const stop = stopAtCycleEnd(state);
    if (stop) {
      state.halted = stop;
      return HALT;
    }
    return CONTINUE;
  }
}

/** Saves this directive's counters and the engines' state with the run (one row update, atomic), so `resume` can restore them. */
export function checkpoint(state: ForgeState): void {
  const prefix = `${state.directive.id}.`;
  const entries = Object.entries(state.counters).filter(([key]) => key !== 'startedAtMs' && key !== 'priorWallMs');
  const own = Object.fromEntries(entries.map(([key, value]) => [prefix + key, Number.isFinite(value) ? value : -1e9]));
  state.run.checkpoint = { ...state.run.checkpoint, ...own, [`${prefix}wallMs`]: wallMs(state) };
  state.services.registry.updateRun(state.run.id, { checkpoint: state.run.checkpoint, engineState: state.engineState });
}
