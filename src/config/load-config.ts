import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadJsonFile, validateWith } from '../util/read-json-file.js';
import { forgeConfigSchema, llmConfigSchema, type ForgeConfig, type LlmConfig } from './config-schema.js';

/** Where the config lives relative to the working directory. */
export const CONFIG_PATH = join('config', 'forge_config.json');

/** Loads config/forge_config.json from a working directory; a missing file means all defaults. */
export function loadConfig(workDir: string, env: NodeJS.ProcessEnv = process.env): ForgeConfig {
  const file = resolve(workDir, CONFIG_PATH);
  const config = existsSync(file) ? loadJsonFile(forgeConfigSchema, file, 'config') : forgeConfigSchema.parse({});
  return { ...config, llm: llmFromEnvironment(config.llm, env) };
}

/** Environment variables override or supply the LLM settings (HEPHAESTUS_LLM_PROVIDER, _MODEL, _BASE_URL). */
function llmFromEnvironment(llm: LlmConfig | null, env: NodeJS.ProcessEnv): LlmConfig | null {
  const provider = env.HEPHAESTUS_LLM_PROVIDER;
  const model = env.HEPHAESTUS_LLM_MODEL;
  if (!provider && !model && !env.HEPHAESTUS_LLM_BASE_URL) return llm;
  const merged = {
    ...(llm ?? {}),
    ...(provider ? { provider } : {}),
    ...(model ? { model } : {}),
    ...(env.HEPHAESTUS_LLM_BASE_URL ? { base_url: env.HEPHAESTUS_LLM_BASE_URL } : {}),
  };
  return validateWith(llmConfigSchema, merged, 'environment (HEPHAESTUS_LLM_PROVIDER / _MODEL / _BASE_URL)');
}
