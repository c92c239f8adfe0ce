import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/index.js';
import { cliAsync, workspaceWith } from '../support/cli.js';

// `run --seed S` promises the same run for the same seed: two islands in worker threads with migration every two
// generations and restarts after one stale epoch, over three forge cycles (parent selection, custodian, registry).
const RUN = ['run', 'directive.json', '--engine', 'gp', '--seed', '7', '--cycles', '3', '--json'];
const CONFIG = { gp: { population: 240, generations_per_cycle: 4, migration_interval: 2, islands: 2, migrants: 5, restart_after: 1 } };

function workspace(): string {
  const work = workspaceWith('hard');
  mkdirSync(join(work, 'config'), { recursive: true });
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify(CONFIG));
  return work;
}

/**
 * What a run registered, in order, without what is unique to one run by design (ids, times) or is a measurement of
 * speed (median_call_ms): a parent is named by its position in the list, so lineage is compared too.
 */
function registered(work: string): unknown {
  const registry = openRegistry(work);
  try {
    const run = registry.latestRun();
    const candidates = registry.listCandidates({ directiveId: 'hash-of-string', runId: run?.id });
    const position = new Map(candidates.map((c, i) => [c.id, i]));
    const rows = candidates.map((c) => {
      const { median_call_ms: _speed, ...metrics } = c.metrics;
      return { cycle: c.cycle, hash: c.hash, parents: c.parents.map((p) => position.get(p) ?? p), operator: c.operator, status: c.status, score: c.score, metrics };
    });
    const { 'hash-of-string.wallMs': _wall, 'hash-of-string.wallMsAtImprovement': _wallThen, ...checkpoint } = run?.checkpoint ?? {};
    return { rows, checkpoint, engineState: run?.engineState };
  } finally {
    registry.close();
  }
}

describe('the same seed, the same run', () => {
  it('registers the same candidates, lineage, scores, executions and populations in two runs of the CLI', async () => {
    const works = [workspace(), workspace()];
    const results = await Promise.all(works.map((work) => cliAsync(work, RUN).done));
    for (const result of results) expect(result.status, result.stderr).toBe(1);
    const [first, second] = works.map(registered) as [{ rows: unknown[]; checkpoint: Record<string, number> }, unknown];
    expect(first.rows.length).toBeGreaterThan(4);
    expect(first.checkpoint['hash-of-string.cycle']).toBe(3);
    expect(second).toEqual(first);
  }, 120_000);
});
