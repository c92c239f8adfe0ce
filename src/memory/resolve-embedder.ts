import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { ForgeConfig } from '../config/config-schema.js';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { DEFAULT_KEY_ENV } from '../llm/resolve-llm-model.js';
import type { Embedder } from './embedder.js';
import { createLocalCodeEmbedder } from './local-code-embedder.js';
import { createProviderEmbedder } from './provider-embedder.js';

/**
 * The embedder the configuration asks for: the provider's embedding model when `memory.embedding_model` is set with an
 * OpenAI or OpenAI-compatible provider, otherwise the local code embedder ('auto' falls back quietly, 'provider' refuses).
 */
export function resolveEmbedder(config: ForgeConfig, env: NodeJS.ProcessEnv = process.env): Embedder {
  const { embedder, embedding_model: model } = config.memory;
  const llm = config.llm;
  if (embedder === 'local') return createLocalCodeEmbedder();
  const usable = llm && model && llm.provider !== 'anthropic';
  if (!usable) {
    if (embedder === 'auto') return createLocalCodeEmbedder();
    const why = !llm ? 'no "llm" provider is configured' : !model ? 'memory.embedding_model is not set' : 'Anthropic offers no embedding model';
    throw new HephaestusError('INVALID_INPUT', `memory.embedder is "provider" but ${why}`, { field: 'memory.embedder' });
  }
  const apiKey = env[llm.api_key_env ?? DEFAULT_KEY_ENV[llm.provider]] || undefined;
  if (llm.provider === 'openai') return createProviderEmbedder(createOpenAI({ apiKey, baseURL: llm.base_url }).embedding(model));
  const baseURL = llm.base_url ?? '';
  return createProviderEmbedder(createOpenAICompatible({ name: 'openai-compatible', baseURL, apiKey }).embeddingModel(model));
}
