import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bwrapArgs } from './bwrap-args.js';
import { bwrapPath } from './bwrap-available.js';

const PROBE_DIR = realpathSync(fileURLToPath(new URL('./__fixtures__/', import.meta.url)));
const bwrap = bwrapPath();

// The bubblewrap layer on its own: scratch is a tmpfs of the quota's size, every other place is read-only, and the
// decoys bound into scratch are the host's files (a read shows on the host, removal is refused).
describe.skipIf(!bwrap)('bubblewrap scratch', () => {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'heph-scratch-')));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is a tmpfs of scratchMb, the only writable place, with the decoys bound in from the host', () => {
    const decoy = join(scratch, '.ssh', 'id_ed25519');
    mkdirSync(join(scratch, '.ssh'));
    writeFileSync(decoy, 'decoy key\n');
    utimesSync(decoy, new Date('2001-01-01T00:00:00Z'), statSync(decoy).mtime);
    const atime = statSync(decoy).atimeMs;
    const view = { reads: [PROBE_DIR], decoys: [decoy], scratch, scratchMb: 4 };
    const result = spawnSync(bwrap ?? '', [...bwrapArgs(view), process.execPath, join(PROBE_DIR, 'bwrap-probe.mjs'), 'disk'], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', PROBE_SCRATCH: scratch, PROBE_DECOY: decoy },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const probe = JSON.parse(result.stdout) as { written: number; code: string; elsewhere: Record<string, string>; decoy: string; removed: string };
    expect(probe.code).toBe('ENOSPC');
    expect(probe.written).toBeGreaterThan(2 * 1024 * 1024);
    expect(probe.written).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(probe.elsewhere).toEqual({ '/x': 'EROFS', '/tmp/x': 'EROFS', '/dev/x': 'EROFS', '/dev/shm/x': 'EROFS', '/etc/x': 'EROFS', '/usr/x': 'EROFS' });
    expect(probe.decoy).toBe('decoy key\n');
    expect(probe.removed).toBe('EBUSY');
    // On the host: the decoy is intact and its read is visible; what the probe wrote went with the tmpfs.
    expect(statSync(decoy).atimeMs).not.toBe(atime);
    expect(existsSync(decoy)).toBe(true);
    expect(readdirSync(scratch)).toEqual(['.ssh']);
  });
});
