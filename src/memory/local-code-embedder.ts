import { codeFeatures } from './code-features.js';
import type { Embedder } from './embedder.js';

/** FNV-1a, 32 bits: a stable hash, the same on every machine and every run. */
function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Hashes a text's code features into a fixed-size, L2-normalised vector (the hashing trick, with a sign bit against collisions). */
export function hashFeatures(features: string[], dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const feature of features) {
    const h = fnv1a(feature);
    vector[h % dimensions] += (h >>> 31) === 1 ? -1 : 1;
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < dimensions; i++) vector[i] /= norm;
  return vector;
}

/**
 * The embedder used when no provider is configured: deterministic, offline and cheap. It sees code as tokens and token
 * n-grams (see codeFeatures), which is enough to find near-duplicate programs and programs built from the same parts.
 */
export function createLocalCodeEmbedder(dimensions = 512): Embedder {
  return {
    id: `local-code-${dimensions}`,
    embed: async (texts) => texts.map((text) => hashFeatures(codeFeatures(text), dimensions)),
  };
}
