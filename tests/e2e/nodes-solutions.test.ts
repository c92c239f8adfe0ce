import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

const SLOW_MS = 180_000;
const GP = { population: 60, generations_per_cycle: 1 };

function withConfig(fixture: string, config: Record<string, unknown>): string {
  const work = workspaceWith(fixture);
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp: GP, ...config }));
  return work;
}

describe('nodes/ holds solutions', () => {
  it('keeps an unsolved best out of nodes/ and points to it from run, status and show', { timeout: SLOW_MS }, () => {
    const work = withConfig('contradictory', {});
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', '1']);
    expect(run.status, run.stderr).toBe(1);
    expect(existsSync(join(work, 'nodes'))).toBe(false);
    const best = /best (\w+) score/.exec(run.stdout)?.[1];
    expect(run.stdout).toContain(`nodes/ holds solutions only: the best so far stays in the registry (hephaestus show ${best})`);
    const status = cli(work, ['status']).stdout;
    expect(status).toMatch(/promoted: nothing/);
    expect(status).toMatch(/best unsolved judged clean: (\w+) \(score [^)]+\), kept in the registry, not in nodes\/: hephaestus show \1/);
    const shown = cli(work, ['show', 'contradictory']);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^best candidate of directive contradictory version 1 \(not solved: it is not in nodes\/\)\ncandidate \w+/);
  });

  it('writes the unsolved best to output.unsolved_dir, marked as no solution, when configured', { timeout: SLOW_MS }, () => {
    const work = withConfig('contradictory', { output: { unsolved_dir: 'unsolved' } });
    cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', '1']);
    expect(existsSync(join(work, 'nodes'))).toBe(false);
    const text = readFileSync(join(work, 'unsolved', 'contradictory', 'contradictory.ts'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^\/\/ Hephaestus node for directive contradictory version 1: UNSOLVED, best so far, NOT a solution: candidate \w+/);
    expect(JSON.parse(readFileSync(join(work, 'unsolved', 'contradictory', 'meta.json'), 'utf8'))).toMatchObject({ solved: false, version: 1 });
  });

  it('refuses an unsolved_dir inside nodes/ or outside the project (exit 2, nothing written)', { timeout: SLOW_MS }, () => {
    for (const dir of ['nodes/unsolved', '../elsewhere', '.hephaestus/x']) {
      const work = withConfig('abs-diff', { output: { unsolved_dir: dir } });
      const result = cli(work, ['run', 'directive.json', '--engine', 'gp', '--cycles', '1']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/forge_config\.json.*output\.unsolved_dir/);
      expect(readdirSync(work).sort()).toEqual(['config', 'correct.ts', 'directive.json', 'test.jsonl', 'train.jsonl', 'wrong.ts']);
    }
  });

  it('with requireApproval, says the solution awaits approval and gives the command; approve writes it', { timeout: SLOW_MS }, () => {
    const work = withConfig('abs-diff', {});
    const file = join(work, 'directive.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), requireApproval: true }));
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', '3']);
    expect(run.status, run.stderr).toBe(0);
    const id = /awaiting approval \(requireApproval\): nothing is written to nodes\/ until you run: hephaestus approve (\w+)/.exec(run.stdout)?.[1];
    expect(id, run.stdout).toBeDefined();
    expect(existsSync(join(work, 'nodes'))).toBe(false);
    expect(cli(work, ['status']).stdout).toContain(`awaiting approval: hephaestus approve ${id}`);
    const other = cli(work, ['-C', work, 'run', file, '--engine', 'gp', '--cycles', '1'], {});
    expect(other.stdout).toMatch(/already solved/);
    const approved = cli(work, ['approve', String(id)]);
    expect(approved.status, approved.stderr).toBe(0);
    expect(readFileSync(join(work, 'nodes', 'abs-diff', 'abs-diff.ts'), 'utf8')).toContain(`candidate ${id}`);
  });
});

describe('eval runs are not forge runs', () => {
  it('lists eval runs apart, and a module that solves the directive through eval solves it (and is promoted)', { timeout: SLOW_MS }, () => {
    const work = workspaceWith('abs-diff');
    expect(cli(work, ['eval', 'directive.json', 'wrong.ts']).status).toBe(1);
    expect(existsSync(join(work, 'nodes'))).toBe(false);
    const solved = cli(work, ['eval', 'directive.json', 'correct.ts']);
    expect(solved.status, solved.stderr).toBe(0);
    expect(solved.stdout).toMatch(/the directive is solved \(version 1\): module written to nodes\/abs-diff\//);
    const status = JSON.parse(cli(work, ['status', '--json']).stdout);
    expect(status.runs).toEqual([]);
    expect(status.evals.map((e: { status: string; promoted?: string }) => [e.status, e.promoted])).toEqual([['evaluated', undefined], ['solved', 'node-written']]);
    expect(status.directives[0]).toMatchObject({ id: 'abs-diff', status: 'solved', promoted: { kind: 'node-written' } });
    const text = cli(work, ['status']).stdout;
    expect(text).toMatch(/^eval runs \(hephaestus eval\):\n {2}eval-\S+ {2}abs-diff {2}\S*wrong\.ts/m);
    expect(text).not.toMatch(/^eval-/m);
    const resumed = cli(work, ['resume-goal', 'abs-diff']);
    expect([resumed.status, resumed.stderr]).toEqual([2, expect.stringMatching(/is solved; .*hephaestus run --fresh <directive\.json> searches again as a new version/)]);
    // A forge run now has nothing to do.
    expect(cli(work, ['run', 'directive.json', '--engine', 'gp', '--cycles', '1']).stdout).toMatch(/abs-diff: SOLVED after 0 cycle\(s\) on version 1, .*already solved by candidate/);
  });
});
