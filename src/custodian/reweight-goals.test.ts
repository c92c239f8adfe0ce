import { describe, expect, it } from 'vitest';
import { openRegistryAt } from '../registry/open-registry.js';
import type { DirectiveRecord } from '../registry/records.js';
import { reweightGoals } from './reweight-goals.js';
import { digitsCandidate, fizzExamples } from '../goal-proposer/goal-proposer-fixtures.js';

const goal = (id: string, patch: Partial<DirectiveRecord> = {}): DirectiveRecord => ({ id, file: `${id}.json`, goal: id, signature: 's', json: JSON.stringify({ priority: 1 }), priority: 1, status: 'open', ...patch });

describe('reweightGoals', () => {
  it('raises goals with progress or a freshly solved child, lowers goals tried before, and records each change', () => {
    const registry = openRegistryAt(':memory:');
    registry.createRun({ id: 'run-1', directiveIds: [], directiveFiles: [], engine: 'gp', seed: 1, status: 'running', startedAt: 'now', checkpoint: {}, options: {} });
    registry.upsertDirective(goal('fizz'));
    registry.upsertDirective(goal('parent'));
    registry.upsertDirective(goal('parent.sub', { parent: 'parent', status: 'solved' }));
    registry.upsertDirective(goal('tried'));
    registry.upsertDirective(goal('outside'));
    registry.addCandidate(digitsCandidate(fizzExamples()));
    registry.recordEvent({ runId: 'run-1', directiveId: 'tried', kind: 'directive-halted', data: { reason: 'stagnation' } });
    reweightGoals(registry, 'run-1', new Set(['fizz', 'parent', 'parent.sub', 'tried']));
    const priority = Object.fromEntries(registry.listDirectives().map((d) => [d.id, d.priority]));
    expect(priority).toEqual({ fizz: 1.6667, parent: 1.25, 'parent.sub': 1, tried: 0.75, outside: 1 });
    expect(registry.listEvents({ kind: 'goal-reweighted' }).map((e) => e.directiveId)).toEqual(['fizz', 'parent', 'tried']);
    reweightGoals(registry, 'run-1', new Set(['fizz', 'parent', 'tried']));
    expect(registry.listEvents({ kind: 'goal-reweighted' })).toHaveLength(3);
    registry.close();
  });
});
