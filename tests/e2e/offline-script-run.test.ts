import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('an offline run of a script directive end to end', () => {
  // A forge cycle spawns the sandbox and the evaluation workers: slow on a loaded machine.
  it('evolves a module the evaluator calls solved, checked in the sandbox and written to nodes/', { timeout: 240_000 }, () => {
    const work = workspaceWith('script-fit');
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const outcome = JSON.parse(run.stdout);
    expect(outcome.directives[0]).toMatchObject({ id: 'script-fit', solved: true });
    const node = join(work, 'nodes', 'script-fit', 'script-fit.ts');
    expect(existsSync(node)).toBe(true);
    const verdict = JSON.parse(cli(work, ['eval', 'directive.json', node, '--json']).stdout);
    expect(verdict.solved).toBe(true);
    expect(verdict.metrics.script_score).toBeGreaterThanOrEqual(0.99);
  });
});
