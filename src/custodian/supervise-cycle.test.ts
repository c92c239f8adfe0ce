import { describe, expect, it } from 'vitest';
import type { CandidateRecord } from '../registry/records.js';
import { custodianViewFixture } from './custodian-view-fixture.js';
import { superviseCycle } from './supervise-cycle.js';

function child(parent: CandidateRecord, id: string, score: number, code = parent.code): CandidateRecord {
  return { ...parent, id, hash: id, parents: [parent.id], score, code, cycle: parent.cycle + 1 };
}

describe('superviseCycle', () => {
  it('halts a directive a human paused', async () => {
    const { view, registry, close } = custodianViewFixture();
    registry.setDirectiveStatus('fizz', 'paused');
    await superviseCycle(view, false);
    expect(view.haltedWith).toEqual({ reason: 'paused', detail: 'paused by a human (hephaestus pause)' });
    close();
  });

  it('flags the directive and halts when its best candidate is a lookup table', async () => {
    const { view, registry, close } = custodianViewFixture();
    const table = 'const T: Record<number, string> = { 1: "1", 2: "2", 4: "4", 5: "5", 7: "7", 8: "8" };\nexport default function f(x: number): string {\n  return T[x] ?? "Fizz";\n}\n';
    const cheat = child(view.best!, 'cheat', 0.9, table);
    registry.addCandidate(cheat);
    view.best = cheat;
    view.registered = [cheat];
    await superviseCycle(view, true);
    expect(view.haltedWith?.reason).toBe('flagged');
    expect(registry.getDirective('fizz')?.status).toBe('flagged');
    expect(registry.listEvents({ kind: 'misalignment-flag' }).map((e) => [e.candidateId, e.data.kind])).toEqual([['cheat', 'lookup-table']]);
    close();
  });

  it('tracks stagnation per lineage and records a lineage that stopped improving', async () => {
    const { view, registry, close } = custodianViewFixture({ loop: { stagnation_cycles: 4 } });
    const root = view.best!;
    const first = child(root, 'kid', 0.7);
    registry.addCandidate(first);
    view.registered = [first];
    await superviseCycle(view, true);
    view.registered = [];
    for (let i = 0; i < 2; i++) {
      view.cycle += 1;
      await superviseCycle(view, false);
    }
    const stalled = registry.listEvents({ kind: 'lineage-stalled' });
    expect(stalled.map((e) => e.data.root)).toEqual([root.id]);
    expect(stalled[0].data).toMatchObject({ best: 0.7, patience: 2 });
    close();
  });
});
