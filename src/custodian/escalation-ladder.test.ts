import { describe, expect, it } from 'vitest';
import { createCustodianState } from './custodian-state.js';
import { escalate, LADDER, rungInterval } from './escalation-ladder.js';
import { forgeStateFixture } from '../forge/flow/forge-state-fixture.js';

describe('the escalation ladder', () => {
  it('spaces its rungs so that all of them fit in the stagnation patience', () => {
    expect(rungInterval(25)).toBe(4);
    expect(rungInterval(3)).toBe(1);
    expect(rungInterval(25) * LADDER.length).toBeLessThan(25);
  });

  it('climbs raise-entropy → switch engine → inject diversity → decompose → pause, one rung per interval, each recorded', async () => {
    const { state, registry, close } = await forgeStateFixture({ loop: { stagnation_cycles: 11 } });
    const engines: string[] = [];
    state.services.engineFactory = (config, name) => {
      engines.push(`${name}:${config.gp.population}/${config.gp.generations_per_cycle}`);
      return state.engine;
    };
    const custodian = createCustodianState();
    const climbed: (string | undefined)[] = [];
    for (let stale = 1; stale <= 11 && !state.halted; stale++) {
      state.counters.cyclesWithoutImprovement = stale;
      climbed.push(await escalate(state, custodian));
    }
    expect(climbed).toEqual([undefined, 'raise-entropy', undefined, 'switch-engine', undefined, 'inject-diversity', undefined, 'decompose', undefined, 'pause']);
    expect(custodian.entropyLevel).toBe(2);
    expect(engines).toEqual(['gp:400/10', 'gp:100/20']);
    expect(custodian.diversityCycles).toBe(3);
    expect(registry.listDirectives().filter((d) => d.parent === 'fizz').map((d) => d.id)).toHaveLength(2);
    expect(registry.getDirective('fizz')?.status).toBe('paused');
    expect(state.halted?.reason).toBe('paused');
    expect(registry.listEvents({ kind: 'escalation' }).map((e) => e.data.rung)).toEqual([...LADDER]);
    expect(registry.listEvents({ kind: 'directive-flagged' })).toHaveLength(1);
    close();
  });

  it('starts again from the bottom after an improvement', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 6 } });
    const custodian = createCustodianState();
    state.counters.cyclesWithoutImprovement = 1;
    expect(await escalate(state, custodian)).toBe('raise-entropy');
    state.counters.cyclesWithoutImprovement = 0;
    await escalate(state, custodian);
    state.counters.cyclesWithoutImprovement = 1;
    expect(await escalate(state, custodian)).toBe('raise-entropy');
    close();
  });

  it('halts an autonomous run\'s directive once it is decomposed, to work the sub-directives first', async () => {
    const { state, close } = await forgeStateFixture({ loop: { stagnation_cycles: 6 } });
    state.services.haltOnDecompose = true;
    const custodian = { ...createCustodianState(), rung: 3 };
    state.counters.cyclesWithoutImprovement = 4;
    expect(await escalate(state, custodian)).toBe('decompose');
    expect(state.halted).toMatchObject({ reason: 'decomposed' });
    close();
  });
});
