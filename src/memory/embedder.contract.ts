import { describe, expect, it } from 'vitest';
import type { Embedder } from './embedder.js';

const TEXTS = [
  'export default function f(a: number, b: number): number { return Math.abs(a - b); }',
  'Return the absolute difference of two integers.',
  'lesson: 12 cases fail with TypeError: x.map is not a function',
];

/** The behaviour every embedder must have, whatever produces its vectors; run by each implementation's test file. */
export function embedderContract(name: string, make: () => Embedder): void {
  describe(`${name} (embedder contract)`, () => {
    it('gives one finite vector per text, in order, all of one length', async () => {
      const vectors = await make().embed(TEXTS);
      expect(vectors).toHaveLength(TEXTS.length);
      const length = vectors[0].length;
      expect(length).toBeGreaterThan(0);
      for (const vector of vectors) {
        expect(vector).toBeInstanceOf(Float32Array);
        expect(vector.length).toBe(length);
        expect([...vector].every(Number.isFinite)).toBe(true);
        expect([...vector].some((value) => value !== 0)).toBe(true);
      }
    });

    it('is deterministic: the same text gives the same vector, alone or in a batch', async () => {
      const embedder = make();
      const [alone] = await embedder.embed([TEXTS[1]]);
      const batch = await embedder.embed(TEXTS);
      expect([...alone]).toEqual([...batch[1]]);
    });

    it('embeds nothing into nothing and names its space', async () => {
      const embedder = make();
      expect(await embedder.embed([])).toEqual([]);
      expect(embedder.id).toMatch(/\S/);
    });
  });
}
