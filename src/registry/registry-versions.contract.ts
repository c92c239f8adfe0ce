import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from './registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

/** Contract for directive versions: older versions' candidates are history, never answers; part of runRegistryContract. */
export function registryVersionsContract(makeRegistry: () => Registry): void {
  let registry: Registry;
  beforeEach(() => {
    registry = fx.seed(makeRegistry());
    registry.addCandidate(fx.candidate('old-best', { score: 9, status: 'solved' }));
    registry.addCandidate(fx.candidate('old-kid', { score: 5, parents: ['old-best'] }));
    registry.addCandidate(fx.candidate('old-grandkid', { score: 6, parents: ['old-kid'] }));
    registry.upsertDirective(fx.directive('d1', { version: 2, fingerprint: 'f2' }));
  });
  afterEach(() => {
    registry.close();
  });

  describe('directive versions', () => {
    it('keeps the version and fingerprint through an upsert that names neither', () => {
      registry.upsertDirective(fx.directive('d1', { version: undefined, status: 'paused' }));
      expect(registry.getDirective('d1')).toMatchObject({ version: 2, fingerprint: 'f2', status: 'paused' });
    });

    it('stamps a candidate with the current version unless it names its own', () => {
      registry.addCandidate(fx.candidate('new', { version: undefined, score: 1 }));
      expect(registry.getCandidate('new')?.version).toBe(2);
      expect(registry.getCandidate('old-best')?.version).toBe(1);
    });

    it('answers best, dedup, listings, counts and ancestry from the current version only', () => {
      expect(registry.best('d1')).toBeUndefined();
      expect(registry.findByHash('d1', fx.candidate('old-best').hash)).toBeUndefined();
      expect(registry.listCandidates({ directiveId: 'd1' })).toEqual([]);
      expect(registry.topByAncestry('d1', 5)).toEqual([]);
      expect(registry.countCandidates('d1')).toBe(0);
      registry.addCandidate(fx.candidate('new', { version: 2, score: 1, parents: ['old-best'] }));
      expect(registry.best('d1')?.id).toBe('new');
      expect(registry.listCandidates({ directiveId: 'd1' }).map((c) => c.id)).toEqual(['new']);
      expect(registry.countCandidates('d1')).toBe(1);
      // A run's own count spans the versions it worked on.
      expect(registry.countCandidates('d1', 'r1')).toBe(4);
    });

    it('keeps every version in the lineage, each candidate labelled with its own', () => {
      registry.addCandidate(fx.candidate('new', { version: 2, score: 1 }));
      expect(registry.lineage('d1').nodes.map((n) => [n.id, n.version])).toEqual([['old-best', 1], ['old-kid', 1], ['old-grandkid', 1], ['new', 2]]);
      expect(registry.lineageGraph('d1').nodes.map((n) => n.version)).toEqual([1, 1, 1, 2]);
    });
  });
}
