import { MockEmbeddingModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { embedderContract } from './embedder.contract.js';
import { createProviderEmbedder } from './provider-embedder.js';

// Stands in for the provider's HTTP endpoint (no network here): a vector computed from the text's characters.
function fakeProviderModel(): MockEmbeddingModelV3 {
  return new MockEmbeddingModelV3({
    provider: 'test-provider',
    modelId: 'embed-small',
    maxEmbeddingsPerCall: 2,
    doEmbed: async ({ values }) => ({
      embeddings: values.map((text) => Array.from({ length: 8 }, (_, i) => [...text].filter((c) => c.charCodeAt(0) % 8 === i).length + 1)),
      warnings: [],
    }),
  });
}

embedderContract('provider embedder (embedMany)', () => createProviderEmbedder(fakeProviderModel()));

describe('provider embedder', () => {
  it('batches through embedMany and names the model in its id', async () => {
    const model = fakeProviderModel();
    const embedder = createProviderEmbedder(model);
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(vectors).toHaveLength(3);
    expect(model.doEmbedCalls.length).toBe(2);
    expect(embedder.id).toBe('provider-test-provider:embed-small');
  });
});
