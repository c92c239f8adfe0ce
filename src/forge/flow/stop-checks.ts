import { LADDER } from '../../custodian/escalation-ladder.js';
import { checkEmergencyFlag } from '../kill-switches/emergency-flag.js';
import { runKillHook } from '../kill-switches/kill-hook.js';
import type { StopRequest } from '../kill-switches/stop-controller.js';
import type { ForgeState } from './forge-state.js';

/** Wall milliseconds this run has used, across resumes. */
export function wallMs(state: ForgeState): number {
  return state.counters.priorWallMs + (Date.now() - state.counters.startedAtMs);
}

/** Cheap checks made between every two stages: a pending stop, the emergency flag, the wall-clock budget. */
export function stopBetweenStages(state: ForgeState): StopRequest | undefined {
  const { services, config, budget } = state;
  checkEmergencyFlag(services.workDir, config.safety.emergency_flag, services.stop);
  if (!services.stop.requested && budget.wallSeconds !== undefined && wallMs(state) >= budget.wallSeconds * 1000) {
    // The one stop of a run's own settings that depends on timing: the record says so (see docs/forge_loop.md).
    const cycle = state.counters.cycle + 1;
    return { reason: 'budget', detail: `wall-clock budget of ${budget.wallSeconds} s used in cycle ${cycle}; a time limit, so a run of the same seed may differ from that cycle on` };
  }
  return services.stop.requested;
}

/** Budget checks made once per cycle; returns the exhausted budget, if any. */
export function budgetExhausted(state: ForgeState): StopRequest | undefined {
  const { budget, counters } = state;
  const over = (used: number, limit: number | undefined, what: string): StopRequest | undefined =>
    limit !== undefined && used >= limit ? { reason: 'budget', detail: `${what} budget of ${limit} used (${used})` } : undefined;
  return (
    over(counters.cycle, budget.cycles, 'cycle') ??
    over(counters.evaluations, budget.evaluations, 'evaluation') ??
    over(counters.executions, budget.executions, 'program-execution') ??
    over(counters.inputTokens + counters.outputTokens, budget.llmTokens, 'LLM token') ??
    over(counters.usd, budget.llmUsd, 'LLM cost (USD)')
  );
}

/**
 * The largest share of a budget (executions, wall clock, cycles) the current stale stretch has used, or undefined when
 * the stretch spent no program executions (an LLM loop: its cycles are the costly unit, and the cycle patience alone
 * rules) or the run has no execution budget to measure it against.
 */
export function staleBudgetShare(state: ForgeState): number | undefined {
  const { budget, counters } = state;
  const spent = counters.executions - counters.executionsAtImprovement;
  if (budget.executions === undefined || spent <= 0) return undefined;
  const shares = [spent / budget.executions];
  if (budget.wallSeconds !== undefined) shares.push((wallMs(state) - counters.wallMsAtImprovement) / (budget.wallSeconds * 1000));
  if (budget.cycles !== undefined) shares.push(counters.cyclesWithoutImprovement / budget.cycles);
  return Math.max(...shares);
}

/** Whether the stale stretch is long enough to end a directive's work: the cycle patience and, where it applies, the budget share. */
export function stagnationDue(state: ForgeState): boolean {
  const share = staleBudgetShare(state);
  return share === undefined || share >= state.config.loop.stagnation_budget_share;
}

/** The end-of-cycle checks: kill switches that are re-read every cycle, budgets, stagnation. */
export function stopAtCycleEnd(state: ForgeState): StopRequest | undefined {
  const { services } = state;
  const pending = stopBetweenStages(state);
  if (pending) return pending;
  // stop_build is re-read from disk every cycle so that a user can flip it while a run goes.
  state.config = services.reloadConfig();
  if (state.config.stop_build) services.stop.requestStop('stop-build', 'stop_build is true in config/forge_config.json');
  const hook = state.config.safety.kill_hook;
  if (!services.stop.requested && hook) runKillHook(hook, services.workDir, state.config.safety.kill_hook_timeout_ms, services.stop);
  if (services.stop.requested) return services.stop.requested;
  const budget = budgetExhausted(state);
  if (budget) return budget;
  const patience = state.config.loop.stagnation_cycles;
  // Held back by the budget share, the custodian's last rungs (decompose, pause) come due with it, one a cycle: a
  // directive the offline engine stalls on is flagged for a human, not only stopped.
  const ladderPending = state.config.autonomy.escalate && staleBudgetShare(state) !== undefined && (state.custodian?.rung ?? 0) < LADDER.length;
  if (state.counters.cyclesWithoutImprovement >= patience && stagnationDue(state) && !ladderPending) {
    const stale = state.counters.cyclesWithoutImprovement;
    return { reason: 'stagnation', detail: `no better score in ${stale} cycles (patience ${patience}; best ${state.counters.bestScore.toFixed(4)})` };
  }
  return undefined;
}
