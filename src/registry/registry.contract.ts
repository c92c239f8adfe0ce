import { describe, expect, it } from 'vitest';
import type { Registry } from './registry.js';
import { registryAncestryContract } from './registry-ancestry.contract.js';
import { registryCandidatesContract } from './registry-candidates.contract.js';
import { registryFixtures as fx } from './registry-fixtures.js';
import { registryRecordsContract } from './registry-records.contract.js';
import { registryVersionsContract } from './registry-versions.contract.js';

/** Registers the behaviour every Registry implementation must have; each implementation's test file calls it. */
export function runRegistryContract(name: string, makeRegistry: () => Registry): void {
  describe(`${name}: registry contract`, () => {
    registryRecordsContract(makeRegistry);
    registryCandidatesContract(makeRegistry);
    registryAncestryContract(makeRegistry);
    registryVersionsContract(makeRegistry);

    it('reports no integrity problems after a mixed workload', () => {
      const registry = fx.seed(makeRegistry());
      try {
        registry.addCandidate(fx.candidate('a', { score: 1 }));
        registry.addCandidate(fx.candidate('b', { score: 2, parents: ['a'] }));
        registry.recordEvent({ runId: 'r1', kind: 'note', data: {} });
        registry.recordStop({ runId: 'r1', reason: 'solved', detail: 'b', at: '2026-01-01T00:00:00.000Z' });
        expect(registry.checkIntegrity()).toEqual([]);
      } finally {
        registry.close();
      }
    });
  });
}
