import { describe, expect, it } from 'vitest';
import type { CandidateRecord } from '../registry/records.js';
import { forgeStateFixture } from '../forge/flow/forge-state-fixture.js';
import { superviseCycle } from './supervise-cycle.js';

function child(parent: CandidateRecord, id: string, score: number, code = parent.code): CandidateRecord {
  return { ...parent, id, hash: id, parents: [parent.id], score, code, cycle: parent.cycle + 1 };
}

describe('superviseCycle', () => {
  it('remembers the cycle: the goal, each evaluated candidate and, on improvement, lessons of the remaining failures', async () => {
    const { state, close } = await forgeStateFixture();
    const best = state.best!;
    state.items = [{ proposal: { code: best.code, parents: [], operator: 'gp' }, hash: best.hash, candidateId: best.id, status: 'evaluated' }];
    await superviseCycle(state, true);
    const memory = state.services.memory!;
    expect(memory.size()).toBe(3);
    const [lesson] = await memory.recall('multiples of three fail', { kind: 'lesson' });
    expect(lesson.text).toContain('4 of 12 train cases fail with "wrong: expected string(letters), got string(digits)"');
    close();
  });

  it('halts a directive a human paused', async () => {
    const { state, registry, close } = await forgeStateFixture();
    registry.setDirectiveStatus('fizz', 'paused');
    await superviseCycle(state, false);
    expect(state.halted).toEqual({ reason: 'paused', detail: 'paused by a human (hephaestus pause)' });
    close();
  });

  it('flags the directive and halts when its best candidate is a lookup table', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const table = 'const T: Record<number, string> = { 1: "1", 2: "2", 4: "4", 5: "5", 7: "7", 8: "8" };\nexport default function f(x: number): string {\n  return T[x] ?? "Fizz";\n}\n';
    const cheat = child(state.best!, 'cheat', 0.9, table);
    registry.addCandidate(cheat);
    state.best = cheat;
    state.items = [{ proposal: { code: table, parents: [], operator: 'gp' }, hash: 'cheat', candidateId: 'cheat', status: 'evaluated' }];
    await superviseCycle(state, true);
    expect(state.halted?.reason).toBe('flagged');
    expect(registry.getDirective('fizz')?.status).toBe('flagged');
    expect(registry.listEvents({ kind: 'misalignment-flag' }).map((e) => [e.candidateId, e.data.kind])).toEqual([['cheat', 'lookup-table']]);
    close();
  });

  it('tracks stagnation per lineage and records a lineage that stopped improving', async () => {
    const { state, registry, close } = await forgeStateFixture({ loop: { stagnation_cycles: 4 } });
    const root = state.best!;
    const first = child(root, 'kid', 0.7);
    registry.addCandidate(first);
    state.items = [{ proposal: { code: first.code, parents: [root.id], operator: 'gp' }, hash: 'kid', candidateId: 'kid', status: 'evaluated' }];
    await superviseCycle(state, true);
    state.items = [];
    for (let i = 0; i < 2; i++) {
      state.counters.cycle += 1;
      await superviseCycle(state, false);
    }
    const stalled = registry.listEvents({ kind: 'lineage-stalled' });
    expect(stalled.map((e) => e.data.root)).toEqual([root.id]);
    expect(stalled[0].data).toMatchObject({ best: 0.7, patience: 2 });
    close();
  });
});
