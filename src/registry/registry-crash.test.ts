import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ancestryCreditShares, improvementOverParents } from './ancestry-credit-rule.js';
import { openRegistryAt } from './open-registry.js';

const child = fileURLToPath(new URL('./registry-crash-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'heph-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Starts a writer, waits until it has committed at least once, then SIGKILLs it after a random delay.
function killMidWrite(file: string, prefix: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, prefix], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), 20 + Math.random() * 300));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => (signal ? resolve(signal) : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
}

describe('registry under kill -9', () => {
  it('never keeps a half-registered candidate', async () => {
    const file = join(root, 'registry.db');
    for (let round = 0; round < 5; round += 1) {
      expect(await killMidWrite(file, `k${round}`)).toBe('SIGKILL');
    }
    const registry = openRegistryAt(file);
    try {
      expect(registry.checkIntegrity()).toEqual([]);
      const { nodes, edges } = registry.lineage('d1');
      expect(new Set(nodes.map((n) => n.id.split('-')[0]))).toEqual(new Set(['k0', 'k1', 'k2', 'k3', 'k4']));
      expect(edges.length).toBe(nodes.reduce((sum, n) => sum + n.parents.length, 0));
      const scores = new Map<string, number>();
      const parentsOf = new Map<string, string[]>();
      const expected = new Map<string, number>();
      for (const node of nodes) {
        expect(node.parents.length).toBe(node.metrics.parentCount);
        const gain = improvementOverParents(node.score, node.parents.map((p) => scores.get(p) ?? Number.NaN));
        for (const [id, credit] of ancestryCreditShares(gain, node.parents, (id) => parentsOf.get(id) ?? [])) {
          expected.set(id, (expected.get(id) ?? 0) + credit);
        }
        scores.set(node.id, node.score);
        parentsOf.set(node.id, node.parents);
      }
      for (const node of nodes) expect(registry.ancestryCredit(node.id)).toBeCloseTo(expected.get(node.id) ?? 0, 6);
    } finally {
      registry.close();
    }
  });
});
