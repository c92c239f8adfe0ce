import { describe, expect, it } from 'vitest';
import { custodianViewFixture } from './custodian-view-fixture.js';
import { escalate, LADDER, rungInterval } from './escalation-ladder.js';

describe('the escalation ladder', () => {
  it('spaces its rungs so that all of them fit in the stagnation patience', () => {
    expect(rungInterval(25)).toBe(4);
    expect(rungInterval(3)).toBe(1);
    expect(rungInterval(25) * LADDER.length).toBeLessThan(25);
  });

  it('climbs raise-entropy → switch engine → inject diversity → decompose → pause, one rung per interval, each recorded', async () => {
    const { view, registry, close } = custodianViewFixture({ loop: { stagnation_cycles: 11 } });
    const climbed: (string | undefined)[] = [];
    for (let stale = 1; stale <= 11 && !view.halted; stale++) {
      view.cyclesWithoutImprovement = stale;
      climbed.push(await escalate(view));
    }
    expect(climbed).toEqual([undefined, 'raise-entropy', undefined, 'switch-engine', undefined, 'inject-diversity', undefined, 'decompose', undefined, 'pause']);
    expect(view.custodian.entropyLevel).toBe(2);
    expect(view.engines).toEqual(['gp:400/10', 'gp:100/20']);
    expect(view.custodian.diversityCycles).toBe(3);
    expect(view.seed).not.toBe(1);
    expect(registry.listDirectives().filter((d) => d.parent === 'fizz').map((d) => d.id)).toHaveLength(2);
    expect(registry.getDirective('fizz')?.status).toBe('paused');
    expect(view.haltedWith?.reason).toBe('paused');
    expect(registry.listEvents({ kind: 'escalation' }).map((e) => e.data.rung)).toEqual([...LADDER]);
    expect(registry.listEvents({ kind: 'directive-flagged' })).toHaveLength(1);
    close();
  });

  it('holds the rungs that end the directive (decompose, pause) until the stale stretch has used its share of the budget', async () => {
    const { view, registry, close } = custodianViewFixture({ loop: { stagnation_cycles: 6 } });
    view.stagnationDue = false;
    view.custodian.rung = 3;
    view.cyclesWithoutImprovement = 4;
    expect(await escalate(view)).toBeUndefined();
    view.cyclesWithoutImprovement = 40;
    expect(await escalate(view)).toBeUndefined();
    expect(registry.listEvents({ kind: 'escalation' })).toHaveLength(0);
    view.stagnationDue = true;
    expect(await escalate(view)).toBe('decompose');
    expect(await escalate(view)).toBe('pause');
    expect(view.haltedWith?.reason).toBe('paused');
    close();
  });

  it('switches an LLM loop to the offline engine, and an offline loop to the LLM when one is configured', async () => {
    const llm = { provider: 'openai-compatible', model: 'm', base_url: 'http://127.0.0.1:1/v1' };
    const { view, close } = custodianViewFixture({ llm, loop: { stagnation_cycles: 6 } });
    view.custodian.rung = 1;
    view.cyclesWithoutImprovement = 2;
    expect(await escalate(view)).toBe('switch-engine');
    expect(view.engineName).toBe('llm');
    view.custodian.rung = 1;
    expect(await escalate(view)).toBe('switch-engine');
    expect(view.engineName).toBe('gp');
    close();
  });

  it('starts again from the bottom after an improvement', async () => {
    const { view, close } = custodianViewFixture({ loop: { stagnation_cycles: 6 } });
    view.cyclesWithoutImprovement = 1;
    expect(await escalate(view)).toBe('raise-entropy');
    view.cyclesWithoutImprovement = 0;
    await escalate(view);
    view.cyclesWithoutImprovement = 1;
    expect(await escalate(view)).toBe('raise-entropy');
    close();
  });

  it("halts an autonomous run's directive once it is decomposed, to work the sub-directives first", async () => {
    const { view, close } = custodianViewFixture({ loop: { stagnation_cycles: 6 } });
    view.haltOnDecompose = true;
    view.custodian.rung = 3;
    view.cyclesWithoutImprovement = 4;
    expect(await escalate(view)).toBe('decompose');
    expect(view.haltedWith).toMatchObject({ reason: 'decomposed' });
    close();
  });
});
