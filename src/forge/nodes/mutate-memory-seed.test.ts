import { describe, expect, it } from 'vitest';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { MutateNode } from './mutate-node.js';

describe('the mutate stage on a directive with no candidates yet', () => {
  it('first proposes the solutions of other directives recalled from the memory, verbatim, before any search', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const known = state.best!;
    const fresh = { ...state.directive, id: 'fizz.again' };
    registry.upsertDirective({ id: fresh.id, file: fresh.file, goal: fresh.goal, signature: fresh.signature, json: '{}', priority: 1, status: 'open' });
    state.directive = fresh;
    state.inspirations = [known];
    await new MutateNode().run(state);
    expect(state.items.map((i) => [i.proposal.code, i.proposal.operator, i.proposal.parents])).toEqual([[known.code, 'memory-seed', []]]);
    expect(state.counters.executions).toBe(0);
    close();
  });
});

describe('the provenance of a recalled solution', () => {
  it('stays whitelisted only when the offline engine printed it; anything else is untrusted', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const known = state.best!;
    const fresh = { ...state.directive, id: 'fizz.recalled' };
    registry.upsertDirective({ id: fresh.id, file: fresh.file, goal: fresh.goal, signature: fresh.signature, json: '{}', priority: 1, status: 'open' });
    state.directive = fresh;
    state.inspirations = [known, { ...known, id: 'c-llm', engine: 'llm', operator: 'llm:rewrite' }, { ...known, id: 'c-seed', engine: 'seed', operator: 'seed' }];
    await new MutateNode().run(state);
    expect(state.items.map((i) => i.proposal.whitelisted)).toEqual([true, false, false]);
    close();
  });
});
