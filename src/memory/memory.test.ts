import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegistry } from '../registry/open-registry.js';
import { createLocalCodeEmbedder } from './local-code-embedder.js';
import { openMemory, openMemoryAt } from './open-memory.js';

const ABS = 'export default function f(a: number, b: number): number { return Math.abs(a - b); }';
const UPPER = 'export default function g(s: string): string { return s.toUpperCase(); }';

describe('memory (sqlite-vec in the registry database)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('recalls the nearest items first, filtered by kind, signature and directive', async () => {
    const memory = openMemoryAt(':memory:', createLocalCodeEmbedder());
    await memory.remember([
      { kind: 'candidate', ref: 'c1', directiveId: 'abs', signature: '(a: number, b: number) => number', text: ABS, score: 1 },
      { kind: 'candidate', ref: 'c2', directiveId: 'up', signature: '(s: string) => string', text: UPPER, score: 1 },
      { kind: 'directive', ref: 'abs', directiveId: 'abs', text: 'Return the absolute difference of two integers.' },
    ]);
    const hits = await memory.recall('return Math.abs(x - y)', { kind: 'candidate' });
    expect(hits.map((hit) => hit.ref)).toEqual(['c1', 'c2']);
    expect(hits[0].similarity).toBeGreaterThan(hits[1].similarity);
    expect((await memory.recall(ABS, { signature: '(s: string) => string' })).map((h) => h.ref)).toEqual(['c2']);
    expect((await memory.recall(ABS, { kind: 'candidate', excludeDirectiveId: 'abs' })).map((h) => h.ref)).toEqual(['c2']);
    expect(memory.size()).toBe(3);
    memory.close();
  });

  it('skips refs it already holds and persists with the registry across openings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heph-memory-'));
    dirs.push(dir);
    const first = openMemory(dir, createLocalCodeEmbedder());
    expect(await first.remember([{ kind: 'lesson', ref: 'l1', text: 'TypeError on empty arrays' }])).toBe(1);
    expect(await first.remember([{ kind: 'lesson', ref: 'l1', text: 'TypeError on empty arrays' }])).toBe(0);
    first.close();
    const registry = openRegistry(dir);
    expect(registry.checkIntegrity()).toEqual([]);
    registry.close();
    const again = openMemory(dir, createLocalCodeEmbedder());
    const [hit] = await again.recall('empty arrays TypeError');
    expect(hit.ref).toBe('l1');
    expect(hit.similarity).toBeGreaterThan(0.5);
    again.close();
  });

  it('keeps embedding spaces apart', async () => {
    const memory = openMemoryAt(':memory:', createLocalCodeEmbedder(64));
    await memory.remember([{ kind: 'lesson', ref: 'l1', text: 'x' }]);
    const other = createLocalCodeEmbedder(128);
    const [vector] = await other.embed(['x']);
    expect(memory.nearestTo(vector)).toEqual([]);
    memory.close();
  });
});
