import { createHash } from 'node:crypto';
import type { CandidateRecord, DirectiveRecord, RunRecord } from './records.js';
import type { Registry } from './registry.js';

/** Sample records for registry tests: a directive, a run and candidates with sensible defaults. */
export const registryFixtures = {
  directive(id = 'd1', overrides: Partial<DirectiveRecord> = {}): DirectiveRecord {
    return {
      id,
      file: `/work/directives/${id}.json`,
      goal: `solve ${id}`,
      signature: '(x: number) => number',
      json: JSON.stringify({ id }),
      priority: 1,
      status: 'open',
      version: 1,
      ...overrides,
    };
  },

  run(id = 'r1', overrides: Partial<RunRecord> = {}): RunRecord {
    return {
      id,
      directiveIds: ['d1'],
      directiveFiles: ['/work/directives/d1.json'],
      engine: 'gp',
      seed: 42,
      status: 'running',
      startedAt: '2026-01-01T00:00:00.000Z',
      checkpoint: { cycle: 0 },
      options: { cycles: 10 },
      ...overrides,
    };
  },

  candidate(id: string, overrides: Partial<CandidateRecord> = {}): CandidateRecord {
    const code = overrides.code ?? `export default (x: number): number => x + ${JSON.stringify(id)}.length;\n`;
    return {
      id,
      directiveId: 'd1',
      runId: 'r1',
      version: 1,
      cycle: 1,
      hash: createHash('sha256').update(code).digest('hex'),
      code,
      parents: [],
      engine: 'gp',
      operator: 'mutate',
      status: 'evaluated',
      metrics: { passRate: 0.5 },
      score: 0,
      artifacts: {},
      createdAt: '2026-01-01T00:00:01.000Z',
      ...overrides,
    };
  },

  /** A registry holding directive d1 and run r1, ready for candidates. */
  seed(registry: Registry): Registry {
    registry.upsertDirective(registryFixtures.directive());
    registry.createRun(registryFixtures.run());
    return registry;
  },
};
