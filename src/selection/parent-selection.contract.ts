import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/random.js';
import type { CandidateRecord } from '../registry/records.js';
import type { ParentSelection, SelectionOptions, SelectionPool } from './parent-selection.js';

function candidate(id: string, score: number): CandidateRecord {
  return { id, directiveId: 'd', runId: 'r', cycle: 1, hash: id, code: '', parents: [], engine: 'gp', operator: 'x', status: 'evaluated', metrics: {}, score, artifacts: {}, createdAt: '2026-01-01T00:00:00.000Z' };
}

/** A pool of `n` candidates scored 1, 0.9, ... and an ancestry ranking of some of them in another order. */
export function selectionPool(n: number): SelectionPool {
  const byScore = Array.from({ length: n }, (_, i) => candidate(`c${i}`, 1 - i / 10));
  return { byScore, byAncestry: byScore.filter((_, i) => i % 2 === 1).reverse() };
}

const options = (seed: number, patch: Partial<SelectionOptions> = {}): SelectionOptions => ({ count: 3, random: createRandom(seed).next, ancestryWeight: 0.3, diverse: false, ...patch });

/** The behaviour every parent selection strategy promises, registered as vitest blocks. */
export function runParentSelectionContract(strategy: ParentSelection): void {
  describe(`${strategy.name}: parent selection contract`, () => {
    it('has a name', () => {
      expect(strategy.name.length).toBeGreaterThan(0);
    });

    it('chooses no parent from an empty pool', () => {
      expect(strategy.select({ byScore: [], byAncestry: [] }, options(1))).toEqual([]);
    });

    for (const [label, patch] of [['by score', {}], ['mostly by ancestry', { ancestryWeight: 0.9 }], ['with injected diversity', { diverse: true }]] as const) {
      it(`chooses at most count distinct candidates of the pool, best first, the best among them (${label})`, () => {
        for (const [size, count] of [[1, 3], [2, 2], [12, 3], [12, 1]]) {
          const pool = selectionPool(size);
          for (let seed = 1; seed <= 20; seed++) {
            const parents = strategy.select(pool, options(seed, { ...patch, count }));
            expect(parents.length).toBeGreaterThan(0);
            expect(parents.length).toBeLessThanOrEqual(count);
            expect(new Set(parents.map((p) => p.id)).size).toBe(parents.length);
            for (const parent of parents) expect(pool.byScore.concat(pool.byAncestry)).toContain(parent);
            expect(parents.map((p) => p.score)).toEqual([...parents.map((p) => p.score)].sort((a, b) => b - a));
            expect(parents[0]).toBe(pool.byScore[0]);
          }
        }
      });
    }

    it('chooses the same parents for the same random sequence', () => {
      const pool = selectionPool(12);
      for (let seed = 1; seed <= 10; seed++) expect(strategy.select(pool, options(seed))).toEqual(strategy.select(pool, options(seed)));
    });
  });
}
