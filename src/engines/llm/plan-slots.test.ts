import { describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../../config/config-schema.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { planSlots } from './plan-slots.js';
import { createRandom } from '../../util/random.js';
import { VariantSelector } from './variant-selector.js';

const config = llmConfigSchema.parse({ provider: 'openai', model: 'm', temperatures: [0.1, 0.5, 0.9] });
const directive = loadFixtureDirective('add-two');

describe('planSlots', () => {
  it('uses distinct variants before repeating, rotates temperatures by cycle and takes parents in turn', () => {
    const context = fixtureContext(directive, { count: 7, cycle: 1 });
    context.parents.push({ ...context.parents[0], id: 'second-parent' });
    const plans = planSlots(context, config, new VariantSelector(), createRandom(context.seed).next);
    expect(new Set(plans.slice(0, 5).map((p) => p.variant.name)).size).toBe(5);
    expect(plans[5].variant).toBe(plans[0].variant);
    expect(plans.map((p) => p.temperature)).toEqual([0.5, 0.9, 0.1, 0.5, 0.9, 0.1, 0.5]);
    expect(plans.map((p) => p.seed)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const plan of plans) {
      const expected = plan.variant.showsParent ? (plan.slot % 2 === 0 ? 'add-two-parent' : 'second-parent') : undefined;
      expect(plan.parent?.id).toBe(expected);
    }
  });

  it('offers only from-goal on a first cycle and no use-inspirations without inspirations', () => {
    const first = planSlots(fixtureContext(directive, { withParent: false }), config, new VariantSelector(), createRandom(1).next);
    expect(first.map((p) => p.variant.name)).toEqual(['from-goal', 'from-goal', 'from-goal']);
    const context = fixtureContext(directive, { count: 10 });
    context.inspirations = [];
    const plans = planSlots(context, config, new VariantSelector(), createRandom(1).next);
    expect(plans.some((p) => p.variant.name === 'use-inspirations')).toBe(false);
  });

  it('gives more slots over many cycles to the variant whose proposals improve', () => {
    const selector = new VariantSelector();
    const used = new Map<string, number>();
    for (let cycle = 0; cycle < 60; cycle++) {
      const context = fixtureContext(directive, { count: 2, cycle, seed: 1000 + cycle });
      for (const plan of planSlots(context, config, selector, createRandom(context.seed).next)) {
        if (cycle >= 30) used.set(plan.variant.name, (used.get(plan.variant.name) ?? 0) + 1);
        selector.record(plan.variant.name, plan.variant.name === 'use-inspirations');
      }
    }
    expect(used.get('use-inspirations')).toBeGreaterThanOrEqual(28);
    for (const name of ['minimal-fix', 'explain-then-fix', 'rewrite-clean', 'from-goal']) expect(used.get(name) ?? 0).toBeLessThan(20);
  });
});
