import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAsync } from '../../../tests/support/cli.js';
import { openRegistry } from '../../registry/open-registry.js';
import { registryFixtures } from '../../registry/registry-fixtures.js';

describe('hephaestus serve', () => {
  it('serves the dashboard on the port asked for (0 = any) and stops on SIGTERM', async () => {
    const work = mkdtempSync(join(tmpdir(), 'heph-serve-'));
    registryFixtures.seed(openRegistry(work)).close();
    const served = cliAsync(work, ['serve', '--port', '0']);
    let url = '';
    await new Promise<void>((resolve) => {
      served.child.stdout?.on('data', (chunk: Buffer) => {
        const match = /dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
        if (match) {
          url = match[1];
          resolve();
        }
      });
    });
    const overview = (await (await fetch(new URL('/api/overview', url))).json()) as { directives: { id: string }[] };
    expect(overview.directives.map((d) => d.id)).toEqual(['d1']);
    served.child.kill('SIGTERM');
    expect((await served.done).status).toBe(0);
  });

  it('refuses a directory without a registry', () => {
    const result = cli(mkdtempSync(join(tmpdir(), 'heph-serve-')), ['serve', '--port', '0']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('no registry');
  });
});
