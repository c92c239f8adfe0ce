import { describe, expect, it } from 'vitest';
import { registeredThisCycle } from '../flow/custodian-view-of.js';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { rememberCycle } from './remember-cycle.js';

describe('rememberCycle', () => {
  it('remembers the goal, each candidate that built and ran and, on improvement, lessons of the remaining failures', async () => {
    const { state, close } = await forgeStateFixture();
    const best = state.best!;
    state.items = [{ proposal: { code: best.code, parents: [], operator: 'gp' }, hash: best.hash, candidateId: best.id, status: 'evaluated' }];
    await rememberCycle(state, registeredThisCycle(state), true);
    const memory = state.services.memory!;
    expect(memory.size()).toBe(3);
    const [lesson] = await memory.recall('multiples of three fail', { kind: 'lesson' });
    expect(lesson.text).toContain('4 of 12 train cases fail with "wrong: expected string(letters), got string(digits)"');
    close();
  });
});
