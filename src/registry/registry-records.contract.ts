import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from './registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

/** Contract for directives, runs, events and stops; part of runRegistryContract. */
export function registryRecordsContract(makeRegistry: () => Registry): void {
  let registry: Registry;
  beforeEach(() => {
    registry = makeRegistry();
  });
  afterEach(() => {
    registry.close();
  });

  describe('directives', () => {
    it('round-trips, replaces on upsert and lists by priority', () => {
      registry.upsertDirective(fx.directive('low', { priority: 1 }));
      registry.upsertDirective(fx.directive('child', { parent: 'high', priority: 5 }));
      registry.upsertDirective(fx.directive('high', { priority: 9 }));
      expect(registry.getDirective('child')).toEqual(fx.directive('child', { parent: 'high', priority: 5 }));
      expect(registry.getDirective('low')).toEqual(fx.directive('low'));
      registry.upsertDirective(fx.directive('low', { priority: 7, goal: 'new goal' }));
      expect(registry.getDirective('low')?.goal).toBe('new goal');
      expect(registry.listDirectives().map((d) => d.id)).toEqual(['high', 'low', 'child']);
      expect(registry.getDirective('missing')).toBeUndefined();
    });

    it('changes status and refuses unknown directives', () => {
      registry.upsertDirective(fx.directive('d1'));
      registry.setDirectiveStatus('d1', 'solved');
      expect(registry.getDirective('d1')?.status).toBe('solved');
      expect(() => registry.setDirectiveStatus('nope', 'paused')).toThrow(/unknown directive nope/);
    });
  });

  describe('runs', () => {
    it('round-trips and updates status, end time and checkpoint', () => {
      registry.createRun(fx.run('r1', { options: { cycles: 3, nested: { a: [1, 2] } } }));
      expect(registry.getRun('r1')).toEqual(fx.run('r1', { options: { cycles: 3, nested: { a: [1, 2] } } }));
      registry.updateRun('r1', { checkpoint: { cycle: 4, bestScore: Number.NEGATIVE_INFINITY } });
      registry.updateRun('r1', { status: 'completed', endedAt: '2026-01-02T00:00:00.000Z' });
      const run = registry.getRun('r1');
      expect(run?.checkpoint).toEqual({ cycle: 4, bestScore: Number.NEGATIVE_INFINITY });
      expect(run?.status).toBe('completed');
      expect(run?.endedAt).toBe('2026-01-02T00:00:00.000Z');
      expect(() => registry.updateRun('ghost', { status: 'failed' })).toThrow(/unknown run ghost/);
      expect(() => registry.createRun(fx.run('r1'))).toThrow();
    });

    it('lists runs oldest first and knows the latest', () => {
      expect(registry.latestRun()).toBeUndefined();
      registry.createRun(fx.run('b-first', { startedAt: '2026-05-01T00:00:00.000Z' }));
      registry.createRun(fx.run('a-second', { startedAt: '2026-04-01T00:00:00.000Z' }));
      expect(registry.listRuns().map((r) => r.id)).toEqual(['b-first', 'a-second']);
      expect(registry.latestRun()?.id).toBe('a-second');
    });
  });

  describe('stops', () => {
    it('attaches the latest stop to its run and lists stops', () => {
      registry.createRun(fx.run('r1'));
      registry.createRun(fx.run('r2'));
      registry.recordStop({ runId: 'r1', reason: 'signal', detail: 'SIGINT', at: '2026-01-01T01:00:00.000Z' });
      registry.recordStop({ runId: 'r2', reason: 'budget', detail: 'usd', at: '2026-01-01T02:00:00.000Z' });
      registry.recordStop({ runId: 'r1', reason: 'user', detail: 'again', at: '2026-01-01T03:00:00.000Z' });
      expect(registry.getRun('r1')?.stop).toEqual({ runId: 'r1', reason: 'user', detail: 'again', at: '2026-01-01T03:00:00.000Z' });
      expect(registry.getRun('r2')?.stop?.reason).toBe('budget');
      expect(registry.listStops('r1').map((s) => s.detail)).toEqual(['SIGINT', 'again']);
      expect(registry.listStops().map((s) => s.runId)).toEqual(['r1', 'r2', 'r1']);
      expect(() => registry.recordStop({ runId: 'ghost', reason: 'user', detail: '', at: '' })).toThrow(/unknown run/);
    });
  });

  describe('events', () => {
    it('filters by run, directive and kind and keeps data intact', () => {
      registry.recordEvent({ runId: 'r1', directiveId: 'd1', kind: 'generation', data: { best: 1, err: Number.POSITIVE_INFINITY } });
      registry.recordEvent({ runId: 'r1', kind: 'note', data: { text: 'hi' }, at: '2026-01-01T00:00:00.000Z' });
      registry.recordEvent({ runId: 'r2', directiveId: 'd1', candidateId: 'c9', kind: 'generation', data: { best: 2 } });
      const generations = registry.listEvents({ kind: 'generation' });
      expect(generations.map((e) => e.data.best)).toEqual([1, 2]);
      expect(generations[0].data.err).toBe(Number.POSITIVE_INFINITY);
      expect(generations[1].candidateId).toBe('c9');
      expect(typeof generations[0].id).toBe('number');
      expect(typeof generations[0].at).toBe('string');
      expect(registry.listEvents({ runId: 'r1' }).map((e) => e.kind)).toEqual(['generation', 'note']);
      expect(registry.listEvents({ runId: 'r1', kind: 'note' })[0]).toMatchObject({ data: { text: 'hi' }, at: '2026-01-01T00:00:00.000Z' });
      expect(registry.listEvents({ directiveId: 'd1', runId: 'r2' })).toHaveLength(1);
    });

    it('pages forward with afterId and keeps the most recent with limit alone', () => {
      for (let i = 0; i < 6; i += 1) registry.recordEvent({ runId: 'r1', kind: 'tick', data: { i } });
      const all = registry.listEvents({});
      expect(all.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(registry.listEvents({ limit: 2 }).map((e) => e.data.i)).toEqual([4, 5]);
      const page = registry.listEvents({ afterId: all[1].id, limit: 3 });
      expect(page.map((e) => e.data.i)).toEqual([2, 3, 4]);
      expect(registry.listEvents({ afterId: all[5].id })).toEqual([]);
    });
  });
}
