import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { LlmConfig } from '../config/config-schema.js';
import { HephaestusError } from '../errors/hephaestus-error.js';

/** Where the API key is looked up when `api_key_env` is not set. */
export const DEFAULT_KEY_ENV: Record<LlmConfig['provider'], string> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  'openai-compatible': 'HEPHAESTUS_LLM_API_KEY',
};

/** Optional inputs of the provider factory: the environment to read keys from and a fetch override. */
export interface ResolveLlmModelOptions {
  env?: NodeJS.ProcessEnv;
  fetch?: typeof globalThis.fetch;
}

/**
 * Builds the AI SDK language model a config names. Keys come from the environment only (never the config file);
 * openai and anthropic need one, openai-compatible servers (Ollama, vLLM, llama.cpp, LM Studio) usually do not.
 */
export function resolveLlmModel(config: LlmConfig, options: ResolveLlmModelOptions = {}): LanguageModelV3 {
  const env = options.env ?? process.env;
  const keyEnv = config.api_key_env ?? DEFAULT_KEY_ENV[config.provider];
  const apiKey = env[keyEnv] || undefined;
  const baseURL = config.base_url;
  switch (config.provider) {
    case 'openai':
      return createOpenAI({ apiKey: required(apiKey, keyEnv, config), baseURL, fetch: options.fetch }).chat(config.model);
    case 'anthropic':
      return createAnthropic({ apiKey: required(apiKey, keyEnv, config), baseURL, fetch: options.fetch })(config.model);
    case 'openai-compatible':
      if (!baseURL) {
        throw new HephaestusError('INVALID_INPUT', 'llm.base_url: required for provider "openai-compatible" (e.g. http://127.0.0.1:11434/v1 for Ollama)', {
          field: 'llm.base_url',
        });
      }
      return createOpenAICompatible({ name: 'openai-compatible', baseURL, apiKey, fetch: options.fetch }).chatModel(config.model);
  }
}

function required(apiKey: string | undefined, keyEnv: string, config: LlmConfig): string {
  if (apiKey) return apiKey;
  const how = config.api_key_env ? `named by llm.api_key_env` : `(the default for provider "${config.provider}"; set llm.api_key_env to use another)`;
  throw new HephaestusError('INVALID_INPUT', `llm: no API key: environment variable ${keyEnv} ${how} is not set or empty`, {
    field: 'llm.api_key_env',
  });
}
