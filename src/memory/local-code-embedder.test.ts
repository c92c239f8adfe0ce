import { describe, expect, it } from 'vitest';
import { embedderContract } from './embedder.contract.js';
import { cosineSimilarity } from './vector-blob.js';
import { createLocalCodeEmbedder } from './local-code-embedder.js';

embedderContract('local code embedder', () => createLocalCodeEmbedder());

describe('local code embedder', () => {
  const absDiff = 'export default function f(a: number, b: number): number {\n  return Math.abs(a - b);\n}\n';
  it('ignores comments, whitespace and reformatting', async () => {
    const [a, b] = await createLocalCodeEmbedder().embed([absDiff, `// the distance\nexport default function f(a: number, b: number): number { return Math.abs(a - b) }`]);
    expect(cosineSimilarity(a, b)).toBeGreaterThan(0.97);
  });

  it('keeps programs apart that differ in which parameter they use', async () => {
    const [a, b] = await createLocalCodeEmbedder().embed(['export default function f(x1: number, x2: number): number {\n  return Math.min(x1, x2);\n}\n', 'export default function f(x1: number, x2: number): number {\n  return Math.min(x1, x1);\n}\n']);
    expect(cosineSimilarity(a, b)).toBeLessThan(0.97);
  });

  it('puts programs built from the same parts nearer than unrelated ones', async () => {
    const [base, variant, other] = await createLocalCodeEmbedder().embed([
      absDiff,
      'export default function f(a: number, b: number): number {\n  return Math.abs(a - b) * 2;\n}\n',
      'export default function g(words: string[]): string {\n  return words.map((w) => w.toUpperCase()).join(" ");\n}\n',
    ]);
    expect(cosineSimilarity(base, variant)).toBeGreaterThan(cosineSimilarity(base, other) + 0.2);
  });
});
