import type { LanguageModelV3 } from '@ai-sdk/provider';
import { llmConfigSchema, type ForgeConfig } from '../../config/config-schema.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import { createGpEngine } from '../../engines/gp/gp-engine.js';
import type { IslandExecutor } from '../../engines/gp/island-executor.js';
import { createLlmEngine } from '../../engines/llm/llm-engine.js';
import type { MutationEngine } from '../../mutation/mutation-engine.js';

/** What is needed to build a mutation engine. */
export interface EngineChoice {
  engine?: 'auto' | 'gp' | 'llm';
  config: ForgeConfig;
  seed: number;
  model?: LanguageModelV3;
  recordFile?: string;
  replayFile?: string;
  /** Where the offline engine's islands run (scale-out workers with `--redis`); worker threads here when absent. */
  islandExecutor?: IslandExecutor;
}

/** The engine a run uses: the LLM when one is configured (or replayed), else the offline engine. */
export function resolveEngineName(choice: EngineChoice): 'gp' | 'llm' {
  const wanted = choice.engine ?? choice.config.engine;
  if (wanted !== 'auto') return wanted;
  return choice.config.llm || choice.model || choice.replayFile ? 'llm' : 'gp';
}

/** Builds the primary engine and, for LLM runs, the offline engine to degrade to. */
export function createEngines(choice: EngineChoice): { primary: MutationEngine; fallback?: () => MutationEngine } {
  const gp = (): MutationEngine => createGpEngine(choice.config.gp, choice.islandExecutor);
  if (resolveEngineName(choice) === 'gp') return { primary: gp() };
  const llm = choice.config.llm;
  if (!llm && !choice.model && !choice.replayFile) {
    throw new HephaestusError('INVALID_INPUT', 'the llm engine was asked for but no LLM is configured (config/forge_config.json "llm" or HEPHAESTUS_LLM_* variables)', {
      field: 'llm',
    });
  }
  const primary = createLlmEngine({
    // An injected or replayed model is never reached through a provider: its config only carries the loop's defaults.
    config: llm ?? llmConfigSchema.parse({ provider: 'openai-compatible', model: choice.replayFile ? 'replayed' : 'injected' }),
    model: choice.model,
    recordFile: choice.recordFile,
    replayFile: choice.replayFile,
  });
  return { primary, fallback: gp };
}
