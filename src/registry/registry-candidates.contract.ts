import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from './registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

/** Contract for registering and querying candidates and their lineage; part of runRegistryContract. */
export function registryCandidatesContract(makeRegistry: () => Registry): void {
  let registry: Registry;
  beforeEach(() => {
    registry = fx.seed(makeRegistry());
  });
  afterEach(() => {
    registry.close();
  });

  describe('candidates', () => {
    it('round-trips every field, including optional and non-finite ones', () => {
      const full = fx.candidate('c1', {
        promptVariant: 'terse',
        model: 'm-1',
        uses: [{ directiveId: 'd0', candidateId: 'm1' }],
        metrics: { passRate: 1, medianCallMs: Number.POSITIVE_INFINITY, lines: 12 },
        score: 0.75,
        artifacts: { stderr: 'warn', notes: ['n'], trainErrors: [0, 1], failingCases: [{ split: 'train', index: 2, input: [1], expected: 2, actual: Number.NaN }], buildErrors: [{ stage: 'type-check', message: 'TS2322', line: 3 }] },
      });
      registry.addCandidate(full);
      registry.addCandidate(fx.candidate('c2', { parents: ['c1'], status: 'build-failed', score: Number.NEGATIVE_INFINITY }));
      expect(registry.getCandidate('c1')).toEqual(full);
      expect(registry.getCandidate('c2')).toEqual(fx.candidate('c2', { parents: ['c1'], status: 'build-failed', score: Number.NEGATIVE_INFINITY }));
      expect(registry.getCandidate('nope')).toBeUndefined();
      expect(registry.lineageGraph('d1').nodes.map((n) => n.uses)).toEqual([[{ directiveId: 'd0', candidateId: 'm1' }], undefined]);
    });

    it('lists by creation or score, filtered by run and status, with a limit', () => {
      registry.createRun(fx.run('r2'));
      registry.addCandidate(fx.candidate('a', { score: 2 }));
      registry.addCandidate(fx.candidate('b', { score: 5, runId: 'r2' }));
      registry.addCandidate(fx.candidate('c', { score: 5, status: 'solved' }));
      registry.addCandidate(fx.candidate('d', { score: 1, status: 'test-failed' }));
      const ids = (q: Partial<Parameters<Registry['listCandidates']>[0]>) => registry.listCandidates({ directiveId: 'd1', ...q }).map((c) => c.id);
      expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
      expect(ids({ orderBy: 'score' })).toEqual(['b', 'c', 'a', 'd']);
      expect(ids({ orderBy: 'score', limit: 2 })).toEqual(['b', 'c']);
      expect(ids({ runId: 'r2' })).toEqual(['b']);
      expect(ids({ statuses: ['solved', 'test-failed'] })).toEqual(['c', 'd']);
      expect(ids({ statuses: [] })).toEqual([]);
      expect(registry.listCandidates({ directiveId: 'other' })).toEqual([]);
      expect(registry.countCandidates('d1')).toBe(4);
      expect(registry.countCandidates('d1', 'r2')).toBe(1);
      expect(registry.countCandidates('other')).toBe(0);
    });

    it('picks the best usable candidate, earliest on ties', () => {
      expect(registry.best('d1')).toBeUndefined();
      registry.addCandidate(fx.candidate('broken', { score: 99, status: 'build-failed' }));
      registry.addCandidate(fx.candidate('bad', { score: 98, status: 'rejected' }));
      registry.addCandidate(fx.candidate('first', { score: 3 }));
      registry.addCandidate(fx.candidate('tie', { score: 3, status: 'test-failed' }));
      registry.addCandidate(fx.candidate('low', { score: 1 }));
      expect(registry.best('d1')?.id).toBe('first');
    });

    it('finds a candidate by code hash within its directive', () => {
      registry.upsertDirective(fx.directive('d2'));
      const code = 'export default (x: number): number => x;\n';
      registry.addCandidate(fx.candidate('x1', { code }));
      registry.addCandidate(fx.candidate('x2', { code, directiveId: 'd2' }));
      const hash = fx.candidate('x1', { code }).hash;
      expect(registry.findByHash('d1', hash)?.id).toBe('x1');
      expect(registry.findByHash('d2', hash)?.id).toBe('x2');
      expect(registry.findByHash('d1', 'f'.repeat(64))).toBeUndefined();
    });

    it('keeps parents in order and returns the lineage of a directive', () => {
      registry.addCandidate(fx.candidate('p1'));
      registry.addCandidate(fx.candidate('p2'));
      registry.addCandidate(fx.candidate('kid', { parents: ['p2', 'p1', 'p2'] }));
      registry.addCandidate(fx.candidate('grandkid', { parents: ['kid'] }));
      expect(registry.getCandidate('kid')?.parents).toEqual(['p2', 'p1']);
      const { nodes, edges } = registry.lineage('d1');
      expect(nodes.map((n) => n.id)).toEqual(['p1', 'p2', 'kid', 'grandkid']);
      expect(nodes[2].parents).toEqual(['p2', 'p1']);
      expect(edges).toEqual([
        { parent: 'p2', child: 'kid' },
        { parent: 'p1', child: 'kid' },
        { parent: 'kid', child: 'grandkid' },
      ]);
      expect(registry.listCandidates({ directiveId: 'd1' }).map((c) => c.parents)).toEqual([[], [], ['p2', 'p1'], ['kid']]);
      const graph = registry.lineageGraph('d1');
      expect(graph.edges).toEqual(edges);
      expect(graph.nodes).toEqual(nodes.map(({ code: _code, artifacts: _artifacts, ...summary }) => summary));
    });

    it('refuses inconsistent candidates and writes nothing for them', () => {
      registry.addCandidate(fx.candidate('ok', { score: 1 }));
      expect(() => registry.addCandidate(fx.candidate('orphan', { parents: ['ok', 'ghost'], score: 9 }))).toThrow(/unknown parent ghost/);
      expect(() => registry.addCandidate(fx.candidate('self', { parents: ['self'] }))).toThrow(/unknown parent self/);
      expect(() => registry.addCandidate(fx.candidate('nodir', { directiveId: 'zz' }))).toThrow(/unknown directive zz/);
      expect(() => registry.addCandidate(fx.candidate('norun', { runId: 'zz' }))).toThrow(/unknown run zz/);
      expect(() => registry.addCandidate(fx.candidate('ok'))).toThrow(/already registered/);
      expect(() => registry.addCandidate(fx.candidate('nan', { score: Number.NaN }))).toThrow(/NaN/);
      expect(() => registry.addCandidate(fx.candidate('weird', { status: 'bogus' as never }))).toThrow(/cannot register/);
      expect(registry.listCandidates({ directiveId: 'd1' }).map((c) => c.id)).toEqual(['ok']);
      expect(registry.ancestryCredit('ok')).toBe(0);
      expect(registry.lineage('d1').edges).toEqual([]);
    });

    it('feeds new candidates by sequence for live views', () => {
      registry.upsertDirective(fx.directive('d2'));
      const start = registry.candidatesSince(0);
      expect(start).toEqual({ candidates: [], lastSeq: 0 });
      registry.addCandidate(fx.candidate('a'));
      registry.addCandidate(fx.candidate('b', { directiveId: 'd2' }));
      registry.addCandidate(fx.candidate('c', { parents: ['a'] }));
      const first = registry.candidatesSince(0, { limit: 2 });
      expect(first.candidates.map((c) => c.id)).toEqual(['a', 'b']);
      const rest = registry.candidatesSince(first.lastSeq);
      expect(rest.candidates.map((c) => c.id)).toEqual(['c']);
      expect(rest.candidates[0].parents).toEqual(['a']);
      expect(registry.candidatesSince(rest.lastSeq)).toEqual({ candidates: [], lastSeq: rest.lastSeq });
      expect(registry.candidatesSince(0, { directiveId: 'd2' }).candidates.map((c) => c.id)).toEqual(['b']);
    });

    it('counts by status and tallies engines, operators and prompt variants', () => {
      registry.addCandidate(fx.candidate('a', { score: 1, engine: 'gp', operator: 'init' }));
      registry.addCandidate(fx.candidate('b', { score: 3, engine: 'gp', operator: 'crossover', parents: ['a'] }));
      registry.addCandidate(fx.candidate('c', { score: 0, engine: 'llm', operator: 'rewrite', promptVariant: 'v1', parents: ['b'], status: 'build-failed' }));
      registry.addCandidate(fx.candidate('d', { score: 9, engine: 'llm', operator: 'rewrite', promptVariant: 'v1', parents: ['b'], status: 'solved' }));
      const stats = registry.stats('d1');
      expect(stats.total).toBe(4);
      expect(stats.byStatus).toEqual({ 'build-failed': 1, 'test-failed': 0, evaluated: 2, solved: 1, rejected: 0 });
      expect(stats.byEngine).toEqual([
        { key: 'gp', total: 2, ok: 2, improved: 1, solved: 0, bestScore: 3 },
        { key: 'llm', total: 2, ok: 1, improved: 1, solved: 1, bestScore: 9 },
      ]);
      expect(stats.byOperator.map((t) => [t.key, t.total, t.improved])).toEqual([['rewrite', 2, 1], ['crossover', 1, 1], ['init', 1, 0]]);
      expect(stats.byPromptVariant).toEqual([{ key: 'v1', total: 2, ok: 1, improved: 1, solved: 1, bestScore: 9 }]);
      expect(registry.stats('none').total).toBe(0);
    });
  });
}
