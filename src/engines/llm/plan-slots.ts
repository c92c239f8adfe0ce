import type { LlmConfig } from '../../config/config-schema.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { MutationContext } from '../../mutation/mutation-engine.js';
import { PROMPT_VARIANTS, type PromptVariant } from './prompt-variants.js';
import type { VariantSelector } from './variant-selector.js';

/** What one of this cycle's LLM calls asks for: variant, parent, temperature and sampling seed. */
export interface SlotPlan {
  slot: number;
  variant: PromptVariant;
  /** The parent the prompt shows and the proposal descends from; absent for a fresh start. */
  parent?: CandidateRecord;
  temperature: number;
  seed: number;
}

/**
 * Plans `context.count` calls: distinct variants (ranked by their track record) before any repeats, temperatures
 * rotating through config.temperatures, parents taken best first in turn.
 */
export function planSlots(context: MutationContext, config: LlmConfig, selector: VariantSelector, random: () => number): SlotPlan[] {
  const eligible = eligibleVariants(context, config.mode);
  const ranked = selector.rank(eligible, random);
  const temperatures = config.temperatures;
  return Array.from({ length: Math.max(0, context.count) }, (_, slot) => {
    const variant = ranked[slot % ranked.length];
    const parent = variant.showsParent && context.parents.length > 0 ? context.parents[slot % context.parents.length] : undefined;
    const temperature = temperatures[(slot + context.cycle) % temperatures.length];
    return { slot, variant, parent, temperature, seed: (context.seed + slot) % 2_147_483_647 };
  });
}

// Never empty: from-goal always fits.
function eligibleVariants(context: Pick<MutationContext, 'parents' | 'inspirations'>, mode: LlmConfig['mode']): PromptVariant[] {
  const hasParent = context.parents.length > 0;
  const fits = (variant: PromptVariant): boolean => {
    if (variant.needs === 'parent' && !hasParent) return false;
    if (variant.needs === 'inspirations' && context.inspirations.length === 0) return false;
    if (mode === 'rewrite' || !hasParent) return variant.mode === 'rewrite';
    return mode === 'both' || variant.mode === 'diff';
  };
  return PROMPT_VARIANTS.filter(fits);
}
