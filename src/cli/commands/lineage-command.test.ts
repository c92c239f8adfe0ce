import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../tests/support/cli.js';
import { openRegistry } from '../../registry/open-registry.js';
import { registryFixtures } from '../../registry/registry-fixtures.js';

describe('hephaestus lineage --format', () => {
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'heph-lineage-'));
    const registry = registryFixtures.seed(openRegistry(work));
    registry.addCandidate(registryFixtures.candidate('p1', { score: 0.3 }));
    registry.addCandidate(registryFixtures.candidate('c1', { parents: ['p1'], score: 0.8 }));
    registry.close();
  });

  it('html: one standalone page with a node per candidate', () => {
    const result = cli(work, ['lineage', 'd1', '--format', 'html']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout.match(/<g class="candidate"/g)).toHaveLength(2);
  });

  it('mermaid and json still work', () => {
    expect(cli(work, ['lineage', 'd1']).stdout).toContain('c_p1 --> c_c1');
    expect(JSON.parse(cli(work, ['lineage', 'd1', '--format', 'json']).stdout).edges).toEqual([{ parent: 'p1', child: 'c1' }]);
  });

  it('rejects an unknown format and an unknown directive', () => {
    expect(cli(work, ['lineage', 'd1', '--format', 'png']).stderr).toContain('--format must be mermaid, html or json');
    expect(cli(work, ['lineage', 'nope', '--format', 'html']).status).toBe(3);
  });
});
