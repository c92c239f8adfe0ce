import { describe, expect, it } from 'vitest';
import { openRegistryAt } from '../../src/registry/open-registry.js';
import { summarizeAutonomy } from './summarize-autonomy.js';

describe('summarizeAutonomy', () => {
  it('reads proposals, statuses, halts, escalations, counters and the longest stall of a run back from the registry', () => {
    const registry = openRegistryAt(':memory:');
    registry.createRun({ id: 'r', directiveIds: ['a'], directiveFiles: [], engine: 'gp', seed: 1, status: 'completed', startedAt: 'now', checkpoint: { 'a.evaluations': 30, 'a.noveltyRejected': 6, 'a.easy.evaluations': 10 }, options: {} });
    registry.upsertDirective({ id: 'a', file: '', goal: '', signature: '', json: '{}', priority: 1, status: 'stalled' });
    registry.upsertDirective({ id: 'a.easy', file: '', goal: '', signature: '', json: '{}', priority: 1.5, parent: 'a', status: 'solved' });
    const event = (directiveId: string, kind: string, data: Record<string, unknown> = {}) => registry.recordEvent({ runId: 'r', directiveId, kind, data });
    for (const best of [0.1, 0.2, 0.2, 0.2, 0.2]) event('a', 'cycle', { best });
    event('a', 'escalation', { rung: 'raise-entropy' });
    event('a', 'directive-halted', { reason: 'decomposed' });
    event('a.easy', 'goal-proposed', { kind: 'curriculum' });
    event('a.easy', 'cycle', { best: 1 });
    event('a.easy', 'directive-halted', { reason: 'solved' });
    event('a', 'goal-reopened');
    event('a', 'cycle', { best: 0.2 });
    expect(summarizeAutonomy(registry, 'r', ['a'])).toEqual({
      given: 1,
      proposed: 1,
      byStatus: { stalled: 1, solved: 1 },
      attempts: 2,
      haltReasons: { decomposed: 1, solved: 1 },
      reopened: 1,
      escalations: { 'raise-entropy': 1 },
      entropyChanges: 0,
      flags: 0,
      evaluations: 40,
      noveltyRejected: 6,
      longestStall: 3,
    });
    registry.close();
  });
});
