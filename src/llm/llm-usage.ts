import type { LlmConfig } from '../config/config-schema.js';
import type { Usage } from '../mutation/mutation-engine.js';

/** Prices a call's tokens with the configured per-million rates, for Proposal.usage and the run's budget. */
export function llmUsage(inputTokens: number, outputTokens: number, config: Pick<LlmConfig, 'price_per_million_input' | 'price_per_million_output'>): Usage {
  const usd = (inputTokens * config.price_per_million_input + outputTokens * config.price_per_million_output) / 1_000_000;
  return { inputTokens, outputTokens, usd };
}
