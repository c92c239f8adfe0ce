import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ForgeConfig } from '../../config/config-schema.js';
import { resolveLlmModel } from '../../llm/resolve-llm-model.js';
import type { MutationEngine } from '../../mutation/mutation-engine.js';
import { createEngines, type EngineChoice } from './create-engine.js';

/** The parts of a run the custodian and the goal proposer use besides the primary engine. */
export interface RunExtras {
  engineFactory: (config: ForgeConfig, engine: 'gp' | 'llm') => MutationEngine;
  goalModel?: LanguageModelV3;
}

/**
 * Builds the engine factory (same choice, other settings) and the goal proposer's model: the injected model, else the
 * configured provider's; a provider that cannot be built (no key) leaves the proposer offline rather than failing the run.
 */
export function runExtras(choice: EngineChoice): RunExtras {
  let goalModel = choice.model;
  if (!goalModel && choice.config.llm) {
    try {
      goalModel = resolveLlmModel(choice.config.llm);
    } catch {
      goalModel = undefined;
    }
  }
  return { engineFactory: (config, engine) => createEngines({ ...choice, config, engine }).primary, goalModel };
}
