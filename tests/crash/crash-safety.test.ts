import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/registry/open-registry.js';
import { cliAsync, workspaceWith } from '../support/cli.js';
import { checkForgeWorkspace } from './check-forge-workspace.js';
import { killForge, type KillMoment } from './kill-forge.js';

const KILLS = 20;
// Startup (config, directives, registry open), anywhere in a cycle (generation, build, sandbox), and right inside
// the register stage (the moment the first candidate of a cycle commits, while the others are being written).
const MOMENTS: KillMoment[] = ['startup', 'anywhere', 'registering', 'anywhere'];

describe('forge under SIGKILL', () => {
  const work = workspaceWith('hard');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  mkdirSync(join(work, 'config'), { recursive: true });
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp: { population: 20, generations_per_cycle: 1 }, loop: { stagnation_cycles: 1000 } }));

  it(`survives ${KILLS} kills at random moments and resume finishes the run`, async () => {
    const log: string[] = [];
    let kills = 0;
    let started = false;
    // A run may end by itself before its kill moment (a faster engine ends more of them): up to four tries per kill, and
    // still exactly KILLS real kills are required.
    for (let attempt = 0; kills < KILLS && attempt < KILLS * 4; attempt += 1) {
      // A fresh seed per new run: a repeated seed would propose only duplicates, which are never registered again.
      const args = started ? ['resume'] : ['run', 'directive.json', '--engine', 'gp', '--seed', String(7 + attempt), '--cycles', '3'];
      const outcome = await killForge(work, args, MOMENTS[attempt % MOMENTS.length]);
      if (outcome.killed) kills += 1;
      // A run that ended by itself (its cycle budget used) is replaced by a new one for the remaining kills.
      started = outcome.killed && hasUnfinishedRun(work);
      const check = checkForgeWorkspace(work);
      log.push(`${outcome.moment}: killed=${outcome.killed} after ${outcome.afterMs} ms, ${check.candidates} candidates, ${check.nodeFiles} node files, unpaired ${check.unpaired}`);
      expect(check.problems, log.join('\n')).toEqual([]);
    }
    expect(kills, log.join('\n')).toBe(KILLS);
    const finish = started ? await cliAsync(work, ['resume', '--json']).done : await cliAsync(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '7', '--cycles', '1', '--json']).done;
    expect(finish.status, finish.stderr).toBe(1);
    expect(JSON.parse(finish.stdout)).toMatchObject({ status: 'completed', stop: { reason: 'budget' } });
    const final = checkForgeWorkspace(work);
    expect(final.problems).toEqual([]);
    expect(final.candidates).toBeGreaterThan(0);
    process.stdout.write(`crash-safety: ${kills}/${KILLS} kills survived\n${log.join('\n')}\n`);
  }, 600_000);
});

function hasUnfinishedRun(work: string): boolean {
  const registry = openRegistry(work);
  try {
    return registry.listRuns().some((run) => run.status === 'running' || run.status === 'stopped');
  } finally {
    registry.close();
  }
}
