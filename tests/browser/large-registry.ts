import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry } from '../../src/registry/open-registry.js';
import { registryFixtures } from '../../src/registry/registry-fixtures.js';
import type { CandidateRecord } from '../../src/registry/records.js';

/** A deterministic pseudo-random stream (mulberry32), so that the large registry is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A work directory whose registry holds one directive ("big") with `count` candidates written through the Registry
 * API: populations of 50 per cycle, each child with one or two parents from the previous cycles, a few failed
 * builds, scores rising with noise. Returns the directory.
 */
export function largeRegistry(count: number): string {
  const work = mkdtempSync(join(tmpdir(), 'heph-large-'));
  const registry = openRegistry(work);
  const next = random(7);
  try {
    registry.upsertDirective(registryFixtures.directive('big', { goal: 'a synthetic directive with many candidates' }));
    registry.createRun(registryFixtures.run('r-big', { directiveIds: ['big'] }));
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const cycle = Math.floor(i / 50);
      const pool = ids.slice(Math.max(0, (cycle - 2) * 50), cycle * 50);
      const parents = pool.length === 0 ? [] : [...new Set([pool[Math.floor(next() * pool.length)], pool[Math.floor(next() * pool.length)]])].slice(0, next() < 0.5 ? 1 : 2);
      const failed = next() < 0.05;
      const overrides: Partial<CandidateRecord> = {
        directiveId: 'big',
        runId: 'r-big',
        cycle,
        parents,
        operator: ['gp:lexicase', 'gp:crossover', 'gp:mutate'][i % 3],
        status: failed ? 'build-failed' : 'evaluated',
        score: failed ? -1000 : Math.min(0.99, (cycle / (count / 50)) * 0.9 + next() * 0.1),
        code: `export default (x: number): number => x * ${i} + ${Math.floor(next() * 100)};\n`,
        metrics: { train_pass_rate: next(), built: failed ? 0 : 1 },
      };
      const id = `c${String(i).padStart(6, '0')}`;
      registry.addCandidate(registryFixtures.candidate(id, overrides));
      ids.push(id);
    }
  } finally {
    registry.close();
  }
  return work;
}
