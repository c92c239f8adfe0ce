import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY_SCHEMA_VERSION } from './migrate-registry.js';
import { openRegistry, openRegistryAt, registryPath } from './open-registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';
import { runRegistryContract } from './registry.contract.js';

const root = mkdtempSync(join(tmpdir(), 'heph-registry-'));
let counter = 0;
const freshFile = () => join(root, `db-${(counter += 1)}`, 'registry.db');
afterAll(() => rmSync(root, { recursive: true, force: true }));

runRegistryContract('SqliteRegistry (file)', () => openRegistryAt(freshFile()));
runRegistryContract('SqliteRegistry (:memory:)', () => openRegistryAt(':memory:'));

describe('SqliteRegistry on disk', () => {
  it('creates <workDir>/.hephaestus/registry.db in WAL mode with the current schema version', () => {
    const workDir = join(root, 'work');
    openRegistry(workDir).close();
    expect(registryPath(workDir)).toBe(join(workDir, '.hephaestus', 'registry.db'));
    expect(existsSync(registryPath(workDir))).toBe(true);
    const raw = new Database(registryPath(workDir), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(REGISTRY_SCHEMA_VERSION);
    raw.close();
  });

  it('keeps everything across close and reopen', () => {
    const file = freshFile();
    const first = fx.seed(openRegistryAt(file));
    first.addCandidate(fx.candidate('a', { score: 1 }));
    first.addCandidate(fx.candidate('b', { score: 4, parents: ['a'], promptVariant: 'v2' }));
    first.updateRun('r1', { checkpoint: { cycle: 7 } });
    first.recordEvent({ runId: 'r1', kind: 'generation', data: { best: 4 } });
    first.recordStop({ runId: 'r1', reason: 'stagnation', detail: '20 cycles', at: '2026-01-01T00:00:00.000Z' });
    first.setDirectiveStatus('d1', 'stalled');
    const before = { lineage: first.lineage('d1'), stats: first.stats('d1'), run: first.getRun('r1') };
    first.close();

    const second = openRegistryAt(file);
    expect(second.lineage('d1')).toEqual(before.lineage);
    expect(second.stats('d1')).toEqual(before.stats);
    expect(second.getRun('r1')).toEqual(before.run);
    expect(second.getRun('r1')?.checkpoint).toEqual({ cycle: 7 });
    expect(second.getDirective('d1')?.status).toBe('stalled');
    expect(second.ancestryCredit('a')).toBe(3);
    expect(second.listEvents({ kind: 'generation' })[0].data).toEqual({ best: 4 });
    expect(second.checkIntegrity()).toEqual([]);
    second.close();
  });

  it('lets a second connection read what the first one committed', () => {
    const file = freshFile();
    const writer = fx.seed(openRegistryAt(file));
    const reader = openRegistryAt(file);
    writer.addCandidate(fx.candidate('seen', { score: 2 }));
    expect(reader.getCandidate('seen')?.score).toBe(2);
    writer.close();
    reader.close();
  });

  it('refuses a database written by a newer schema', () => {
    const file = freshFile();
    openRegistryAt(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${REGISTRY_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openRegistryAt(file)).toThrow(/newer than this Hephaestus understands/);
  });

  it('reports a file that is not a database as an error naming it', () => {
    const file = join(root, 'garbage.db');
    writeFileSync(file, 'this is not sqlite '.repeat(100));
    expect(() => openRegistryAt(file)).toThrow(/cannot open registry .*garbage\.db: file is not a database/);
  });
});
