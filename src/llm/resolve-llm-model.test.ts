import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../config/config-schema.js';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { resolveLlmModel } from './resolve-llm-model.js';
import { startScriptedOpenAiServer } from '../test-doubles/scripted-openai-server.js';

const config = (fields: Record<string, unknown>) => llmConfigSchema.parse({ model: 'm1', ...fields });

function thrown(fn: () => unknown): HephaestusError {
  try {
    fn();
  } catch (error) {
    if (HephaestusError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a HephaestusError');
}

describe('resolveLlmModel', () => {
  it('refuses openai and anthropic without a key, naming the variable', () => {
    const openai = thrown(() => resolveLlmModel(config({ provider: 'openai' }), { env: {} }));
    expect(openai.code).toBe('INVALID_INPUT');
    expect(openai.message).toContain('OPENAI_API_KEY');
    const anthropic = thrown(() => resolveLlmModel(config({ provider: 'anthropic', api_key_env: 'MY_KEY' }), { env: { ANTHROPIC_API_KEY: 'x' } }));
    expect(anthropic.message).toContain('MY_KEY');
    expect(anthropic.field).toBe('llm.api_key_env');
  });

  it('builds each provider with its model id', () => {
    expect(resolveLlmModel(config({ provider: 'openai' }), { env: { OPENAI_API_KEY: 'k' } }).modelId).toBe('m1');
    const anthropic = resolveLlmModel(config({ provider: 'anthropic', api_key_env: 'MY_KEY' }), { env: { MY_KEY: 'k' } });
    expect(anthropic.provider).toContain('anthropic');
    const local = resolveLlmModel(config({ provider: 'openai-compatible', base_url: 'http://127.0.0.1:1/v1' }), { env: {} });
    expect(local.provider).toContain('openai-compatible');
  });

  it('needs base_url for openai-compatible', () => {
    expect(thrown(() => resolveLlmModel(config({ provider: 'openai-compatible' }), { env: {} })).field).toBe('llm.base_url');
  });

  it('sends the key from the environment to an OpenAI-compatible endpoint', async () => {
    const server = await startScriptedOpenAiServer([{ content: 'hello' }, { content: 'again' }]);
    try {
      const env = { HEPHAESTUS_LLM_API_KEY: 'local-key', OPENAI_API_KEY: 'openai-key' };
      const local = resolveLlmModel(config({ provider: 'openai-compatible', base_url: server.baseURL }), { env });
      expect((await generateText({ model: local, prompt: 'hi', maxRetries: 0 })).text).toBe('hello');
      const openai = resolveLlmModel(config({ provider: 'openai', base_url: server.baseURL }), { env });
      expect((await generateText({ model: openai, prompt: 'hi', maxRetries: 0 })).text).toBe('again');
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer local-key', 'Bearer openai-key']);
      expect(server.requests[0].body.model).toBe('m1');
    } finally {
      await server.close();
    }
  });
});
