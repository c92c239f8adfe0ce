import { describe, expect, it } from 'vitest';
import { forgeConfigSchema } from '../config/config-schema.js';
import { resolveEmbedder } from './resolve-embedder.js';

const llm = { provider: 'openai-compatible', model: 'coder', base_url: 'http://127.0.0.1:11434/v1' };

describe('resolveEmbedder', () => {
  it('uses the local code embedder when no provider embedding model is configured', () => {
    expect(resolveEmbedder(forgeConfigSchema.parse({})).id).toMatch(/^local-code-/);
    expect(resolveEmbedder(forgeConfigSchema.parse({ llm })).id).toMatch(/^local-code-/);
  });

  it("uses the provider's embedding model when one is named", () => {
    const config = forgeConfigSchema.parse({ llm, memory: { embedding_model: 'nomic-embed-text' } });
    expect(resolveEmbedder(config).id).toBe('provider-openai-compatible.embedding:nomic-embed-text');
  });

  it('refuses "provider" without a usable embedding model', () => {
    const config = forgeConfigSchema.parse({ memory: { embedder: 'provider' } });
    expect(() => resolveEmbedder(config)).toThrow(/no "llm" provider/);
  });
});
