import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from './registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

/** Contract for ancestry credit on hand-computed DAGs (rule in docs/registry.md); part of runRegistryContract. */
export function registryAncestryContract(makeRegistry: () => Registry): void {
  let registry: Registry;
  beforeEach(() => {
    registry = fx.seed(makeRegistry());
  });
  afterEach(() => {
    registry.close();
  });
  const add = (id: string, score: number, parents: string[] = []) => registry.addCandidate(fx.candidate(id, { score, parents }));
  const credits = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, registry.ancestryCredit(id)]));

  describe('ancestry credit', () => {
    it('credits each ancestor once per improvement, halving per generation, over a multi-parent DAG', () => {
      add('A', 1);
      add('B', 3, ['A']); // +2: A 2
      add('C', 0.5, ['A']); // no improvement
      expect(credits(['A', 'B', 'C'])).toEqual({ A: 2, B: 0, C: 0 });
      add('D', 4, ['B', 'C']); // +1 over B: B 1, C 1, A 0.5 (reached twice at depth 2, credited once)
      expect(credits(['A', 'B', 'C', 'D'])).toEqual({ A: 2.5, B: 1, C: 1, D: 0 });
      add('E', 10, ['D']); // +6: D 6, B 3, C 3, A 1.5
      add('F', 9, ['E', 'A']); // below its best parent: nothing
      expect(credits(['A', 'B', 'C', 'D', 'E'])).toEqual({ A: 4, B: 4, C: 4, D: 6, E: 0 });
      add('G', 12, ['E', 'A']); // +2: E 2, A 2 (depth 1 only), D 1, B 0.5, C 0.5
      expect(credits(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toEqual({ A: 6, B: 4.5, C: 4.5, D: 7, E: 2, F: 0, G: 0 });
      const top = registry.topByAncestry('d1', 3);
      expect(top.map((t) => [t.candidate.id, t.credit])).toEqual([['D', 7], ['A', 6], ['B', 4.5]]);
      expect(top[0].candidate.parents).toEqual(['B', 'C']);
    });

    it('stops after six generations', () => {
      add('c0', 0);
      for (let i = 1; i <= 6; i += 1) add(`c${i}`, 0, [`c${i - 1}`]);
      add('c7', 64, ['c6']);
      expect(credits(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'])).toEqual({ c0: 0, c1: 2, c2: 4, c3: 8, c4: 16, c5: 32, c6: 64, c7: 0 });
    });

    it('gives no credit without parents or against parents that never scored', () => {
      add('root', 5);
      add('unscored', Number.NEGATIVE_INFINITY);
      add('child', 7, ['unscored']);
      add('grand', 9, ['child']);
      expect(credits(['root', 'unscored', 'child'])).toEqual({ root: 0, unscored: 1, child: 2 });
    });

    it('ranks only usable candidates of the directive with positive credit', () => {
      registry.upsertDirective(fx.directive('d2'));
      registry.addCandidate(fx.candidate('x', { directiveId: 'd2', score: 1 }));
      registry.addCandidate(fx.candidate('y', { directiveId: 'd2', score: 2, parents: ['x'] }));
      registry.addCandidate(fx.candidate('bad', { status: 'rejected', score: 1 }));
      registry.addCandidate(fx.candidate('good', { score: 1 }));
      registry.addCandidate(fx.candidate('kid', { score: 5, parents: ['bad', 'good'] }));
      expect(registry.topByAncestry('d1', 10).map((t) => [t.candidate.id, t.credit])).toEqual([['good', 4]]);
      expect(registry.ancestryCredit('bad')).toBe(4);
      expect(registry.topByAncestry('d2', 10).map((t) => t.candidate.id)).toEqual(['x']);
      expect(registry.topByAncestry('d1', 0)).toEqual([]);
    });
  });
}
