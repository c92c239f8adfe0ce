import { describe, expect, it } from 'vitest';
import { forgeStateFixture } from './forge-state-fixture.js';
import { createCustodianState } from '../../custodian/custodian-state.js';
import { LADDER } from '../../custodian/escalation-ladder.js';
import { staleBudgetShare, stopAtCycleEnd } from './stop-checks.js';

describe('stagnation', () => {
  it('ends an LLM-like loop (no program executions spent) after the cycle patience alone', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 5 } });
    state.budget = { executions: 60_000_000 };
    state.counters.cyclesWithoutImprovement = 4;
    expect(stopAtCycleEnd(state)).toBeUndefined();
    state.counters.cyclesWithoutImprovement = 5;
    expect(staleBudgetShare(state)).toBeUndefined();
    expect(stopAtCycleEnd(state)?.reason).toBe('stagnation');
    close();
  });

  it('lets a loop that spends executions search on until the stale stretch has used its share of the budget', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 5 }, autonomy: { escalate: false } });
    state.budget = { executions: 60_000_000 };
    Object.assign(state.counters, { cyclesWithoutImprovement: 20, executionsAtImprovement: 10_000_000, executions: 30_000_000 });
    expect(staleBudgetShare(state)).toBeCloseTo(1 / 3);
    expect(stopAtCycleEnd(state)).toBeUndefined();
    state.counters.executions = 40_000_000;
    expect(stopAtCycleEnd(state)).toMatchObject({ reason: 'stagnation', detail: expect.stringContaining('20 cycles') });
    close();
  });

  it('measures the stale stretch against the wall-clock budget too, and honours a share of 0', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 5 }, autonomy: { escalate: false } });
    state.budget = { executions: 60_000_000, wallSeconds: 100 };
    Object.assign(state.counters, { cyclesWithoutImprovement: 6, executions: 1_000_000, priorWallMs: 70_000, wallMsAtImprovement: 10_000 });
    expect(staleBudgetShare(state)).toBeGreaterThanOrEqual(0.6);
    expect(stopAtCycleEnd(state)?.reason).toBe('stagnation');
    state.counters.wallMsAtImprovement = 65_000;
    expect(stopAtCycleEnd(state)).toBeUndefined();
    state.config = { ...state.config, loop: { ...state.config.loop, stagnation_budget_share: 0 } };
    state.services.reloadConfig = () => state.config;
    expect(stopAtCycleEnd(state)?.reason).toBe('stagnation');
    close();
  });

  it('leaves a stale offline loop to the escalation ladder while its last rungs are still to come', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 5 } });
    state.budget = { executions: 60_000_000 };
    Object.assign(state.counters, { cyclesWithoutImprovement: 30, executions: 40_000_000 });
    state.custodian = { ...createCustodianState(), rung: 3 };
    expect(stopAtCycleEnd(state)).toBeUndefined();
    state.custodian.rung = LADDER.length;
    expect(stopAtCycleEnd(state)?.reason).toBe('stagnation');
    close();
  });
});
