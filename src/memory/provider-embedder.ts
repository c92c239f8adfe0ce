import { embedMany, type EmbeddingModel } from 'ai';
import type { Embedder } from './embedder.js';

/** An embedder backed by the configured provider's embedding model, through the AI SDK's embedMany (batched, retried). */
export function createProviderEmbedder(model: EmbeddingModel, options: { maxRetries?: number; signal?: AbortSignal } = {}): Embedder {
  const name = typeof model === 'string' ? model : `${model.provider}:${model.modelId}`;
  return {
    id: `provider-${name}`,
    embed: async (texts) => {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({ model, values: texts, maxRetries: options.maxRetries ?? 2, abortSignal: options.signal });
      return embeddings.map((values) => Float32Array.from(values));
    },
  };
}
