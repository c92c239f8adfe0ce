import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { decodeRegistryJson } from '../../src/registry/registry-json.js';

const BIN = resolve(import.meta.dirname, '../../bin/hephaestus.mjs');
const FIXTURE = resolve(import.meta.dirname, '../../tests/fixtures/hard');

/** What one `hephaestus run` of the offline engine did: executions charged, and its wall time end to end. */
export interface GpRun {
  executions: number;
  wallMs: number;
}

/**
 * Times the product path of the offline engine: `hephaestus run` on an unsolvable directive (every cycle runs its
 * whole search) with the given `gp` config, in process or with `--redis` (its island epochs then run on the workers
 * listening there). The wall time covers the whole command: start-up, the search, and the candidates' evaluations.
 */
export function gpRunRate(gp: object, cycles: number, redis?: string): GpRun {
  const work = mkdtempSync(join(tmpdir(), 'heph-bench-gp-run-'));
  try {
    cpSync(FIXTURE, work, { recursive: true });
    mkdirSync(join(work, 'config'));
    writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp }));
    const args = [BIN, 'run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', String(cycles), '--json', ...(redis ? ['--redis', redis] : [])];
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (result.status !== 1) throw new Error(`the run ended with ${result.status}: ${result.stderr}`);
    const db = new Database(join(work, '.hephaestus', 'registry.db'), { readonly: true });
    try {
      const row = db.prepare('select checkpoint from runs').get() as { checkpoint: string };
      return { executions: decodeRegistryJson<Record<string, number>>(row.checkpoint)['hash-of-string.executions'], wallMs };
    } finally {
      db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
