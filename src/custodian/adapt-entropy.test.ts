import { describe, expect, it } from 'vitest';
import { forgeConfigSchema } from '../config/config-schema.js';
import { custodianViewFixture } from './custodian-view-fixture.js';
import { adaptEntropy } from './adapt-entropy.js';
import { entropySettings, withEntropy } from './entropy-settings.js';

describe('adaptive entropy', () => {
  it('derives warmer, wider, more novelty-seeking settings from each level', () => {
    const config = forgeConfigSchema.parse({ llm: { provider: 'openai-compatible', model: 'm', base_url: 'http://127.0.0.1:1/v1' } });
    expect(entropySettings(config, 0)).toMatchObject({ temperatures: [0.2, 0.7, 1], gpPopulation: 1000, ancestryWeight: 0.3, inspirations: 2, noveltyThreshold: 0.995 });
    expect(entropySettings(config, 2)).toMatchObject({ temperatures: [0.3, 1.05, 1.5], gpPopulation: 2000, ancestryWeight: 0.5, inspirations: 4, noveltyThreshold: 0.985 });
    expect(entropySettings(config, 99).level).toBe(4);
    expect(withEntropy(config, 0)).toBe(config);
    expect(withEntropy(config, 1).loop.ancestry_weight).toBe(0.4);
  });

  it('explores after a window without improvement, exploits when improving often, and records every change', async () => {
    const { view, registry, close } = custodianViewFixture({ autonomy: { entropy_window: 3 } });
    for (const improved of [false, false, false]) adaptEntropy(view, improved);
    expect(view.custodian.entropyLevel).toBe(1);
    for (const improved of [true, false, true]) adaptEntropy(view, improved);
    expect(view.custodian.entropyLevel).toBe(0);
    const events = registry.listEvents({ kind: 'entropy-changed' });
    expect(events.map((e) => [e.data.from, e.data.to])).toEqual([[0, 1], [1, 0]]);
    expect(String(events[0].data.why)).toContain('no improvement in 3 cycles');
    expect(view.engines).toEqual(['gp:300/10', 'gp:200/10']);
    close();
  });
});
