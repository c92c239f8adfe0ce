import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAsync, waitFor, workspaceWith } from '../support/cli.js';

// Small GP cycles so that a run of the unsolvable fixture goes round its loop quickly until a switch stops it.
function hardWorkspace(config: Record<string, unknown> = {}, fixture = 'hard'): string {
  const work = workspaceWith(fixture);
  mkdirSync(join(work, 'config'));
  const gp = { population: 60, generations_per_cycle: 1 };
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp, loop: { stagnation_cycles: 1000 }, ...config }, null, 2));
  return work;
}

function lastStop(work: string): { reason: string; detail: string } {
  const status = JSON.parse(cli(work, ['status', '--json']).stdout);
  return status.runs[status.runs.length - 1].stop;
}

/** Waits until the run has its registry and has had time to install its signal handlers and start cycling. */
async function started(work: string): Promise<void> {
  await waitFor(() => existsSync(join(work, '.hephaestus', 'registry.db')), 60_000, 'the run to start');
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

// Two runs of many GP cycles each (with a resume): on a loaded 2-core machine they need more than the default minute.
const SLOW_MS = 180_000;

describe('kill switches stop a run and the registry records why', () => {
  it('emergency_stop.flag', async () => {
    const work = hardWorkspace({ safety: { flag_poll_seconds: 0.2 } });
    const run = cliAsync(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '2']);
    await started(work);
    expect(cli(work, ['stop', '--reason', 'test']).status).toBe(0);
    const result = await run.done;
    expect(result.status, result.stderr).toBe(5);
    expect(lastStop(work).reason).toBe('emergency-flag');
  });

  it('stop_build in config, re-read every cycle', async () => {
    const work = hardWorkspace();
    const run = cliAsync(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '3']);
    await started(work);
    const configFile = join(work, 'config', 'forge_config.json');
    writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), stop_build: true }));
    const result = await run.done;
    expect(result.status, result.stderr).toBe(5);
    expect(lastStop(work).reason).toBe('stop-build');
  });

  it('SIGTERM stops gracefully with exit 130 and a checkpoint that resume continues from', async () => {
    const work = hardWorkspace();
    const run = cliAsync(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '4', '--cycles', '8']);
    await started(work);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.status, result.stderr).toBe(130);
    expect(lastStop(work)).toMatchObject({ reason: 'signal', detail: 'SIGTERM' });
    const resumed = cli(work, ['resume', '--json']);
    expect(resumed.status, resumed.stderr).toBe(1);
    const outcome = JSON.parse(resumed.stdout);
    expect(outcome.directives[0].cycles).toBe(8);
    expect(outcome.stop.reason).toBe('budget');
  }, SLOW_MS);

  it('a custom kill hook that exits non-zero', () => {
    const work = hardWorkspace({ safety: { kill_hook: 'test ! -f hook.stop || { echo quota reached; exit 1; }' } });
    writeFileSync(join(work, 'hook.stop'), '');
    const result = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '5']);
    expect(result.status, result.stderr).toBe(5);
    expect(lastStop(work)).toMatchObject({ reason: 'kill-hook' });
    expect(lastStop(work).detail).toMatch(/quota reached/);
  });

  it('halts after N cycles without improvement', () => {
    const work = hardWorkspace({ loop: { stagnation_cycles: 3, stagnation_budget_share: 0 }, autonomy: { escalate: false } }, 'contradictory');
    const result = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '6']);
    expect(result.status, result.stderr).toBe(1);
    expect(lastStop(work).reason).toBe('stagnation');
  }, SLOW_MS);
});
