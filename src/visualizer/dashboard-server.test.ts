import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../registry/open-registry.js';
import { registryFixtures } from '../registry/registry-fixtures.js';
import type { Registry } from '../registry/registry.js';
import { startDashboard, type Dashboard } from './dashboard-server.js';

const { candidate } = registryFixtures;

describe('dashboard server over a real registry', () => {
  let registry: Registry;
  let dashboard: Dashboard;
  const get = async (path: string): Promise<{ status: number; type: string; body: string }> => {
    const response = await fetch(new URL(path, dashboard.url));
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
  };
  const json = async <T>(path: string): Promise<T> => JSON.parse((await get(path)).body) as T;

  beforeAll(async () => {
    registry = registryFixtures.seed(openRegistry(mkdtempSync(join(tmpdir(), 'heph-dash-'))));
    registry.addCandidate(candidate('p1', { code: 'export default (x: number): number => x;\n', score: 0.2 }));
    registry.addCandidate(candidate('p2', { status: 'build-failed', score: -1000.5 }));
    registry.addCandidate(candidate('c1', { parents: ['p1', 'p2'], code: 'export default (x: number): number => x + 1;\n', score: 0.7, cycle: 2 }));
    registry.recordEvent({ runId: 'r1', directiveId: 'd1', candidateId: 'c1', kind: 'awaiting-approval', data: { score: 0.7 } });
    dashboard = await startDashboard({ registry, pollMs: 50 });
  });

  afterAll(async () => {
    await dashboard.close();
    registry.close();
  });

  it('listens on 127.0.0.1 by default and serves the page, its scripts and the vendored graph library', async () => {
    expect(new URL(dashboard.url).hostname).toBe('127.0.0.1');
    expect((await get('/')).body).toContain('/client/app.js');
    expect((await get('/client/app.js')).type).toContain('text/javascript');
    expect((await get('/vendor/cytoscape.mjs')).body.length).toBeGreaterThan(100_000);
    expect((await get('/vendor/cytoscape-dagre.mjs')).status).toBe(200);
    expect((await get('/client/../../registry/records.ts')).status).toBe(404);
  });

  it('answers the overview, the lineage with flags and positions, and progress', async () => {
    const overview = await json<{ directives: { id: string; candidates: number; bestId: string }[]; runs: unknown[] }>('/api/overview');
    expect(overview.directives).toEqual([expect.objectContaining({ id: 'd1', candidates: 3, bestId: 'c1' })]);
    const lineage = await json<{ total: number; nodes: { id: string; flagged: boolean; buildFailed: boolean; score: number | null; x: number }[]; edges: unknown[] }>('/api/lineage?directive=d1');
    expect(lineage.total).toBe(3);
    expect(lineage.edges).toHaveLength(2);
    const byId = Object.fromEntries(lineage.nodes.map((n) => [n.id, n]));
    expect(byId.c1).toMatchObject({ flagged: true, buildFailed: false, score: 0.7 });
    expect(byId.p2).toMatchObject({ flagged: false, buildFailed: true });
    expect(byId.c1.x).toBeGreaterThan(byId.p1.x);
    expect((await json<{ nodes: { id: string }[] }>('/api/lineage?directive=d1&top=1')).nodes.map((n) => n.id)).toEqual(['c1']);
    const progress = await json<{ stats: { total: number }; timeline: { best: number | null }[] }>('/api/progress?directive=d1');
    expect(progress.stats.total).toBe(3);
    expect(progress.timeline.at(-1)?.best).toBe(0.7);
  });

  it('gives a candidate with a unified diff against each parent and its events', async () => {
    const detail = await json<{ candidate: { code: string }; diffs: { parentId: string; patch: string }[]; events: { kind: string }[] }>('/api/candidate?id=c1');
    expect(detail.candidate.code).toContain('x + 1');
    expect(detail.diffs.map((d) => d.parentId)).toEqual(['p1', 'p2']);
    expect(detail.diffs[0].patch).toContain('-export default (x: number): number => x;');
    expect(detail.diffs[0].patch).toContain('+export default (x: number): number => x + 1;');
    expect(detail.events.map((e) => e.kind)).toEqual(['awaiting-approval']);
  });

  it('turns unknown ids into 404s and missing parameters into 400s', async () => {
    expect((await get('/api/candidate?id=nope')).status).toBe(404);
    expect((await get('/api/lineage?directive=nope')).status).toBe(404);
    expect((await get('/api/lineage')).status).toBe(400);
  });

  it('pushes new candidates, events and the overview as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('/events', dashboard.url), { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let seen = '';
    const until = async (pattern: RegExp): Promise<void> => {
      while (!pattern.test(seen)) seen += new TextDecoder().decode((await reader.read()).value);
    };
    await until(/event: overview/);
    registry.addCandidate(candidate('live1', { parents: ['c1'], score: 0.9 }));
    registry.recordEvent({ runId: 'r1', directiveId: 'd1', kind: 'cycle', data: { cycle: 3 } });
    await until(/event: candidates\ndata: .*"live1"[\s\S]*event: events\ndata: .*"cycle"/);
    controller.abort();
  });
});
