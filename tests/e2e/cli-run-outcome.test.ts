import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('hephaestus run reports what happened to the whole run', () => {
  it('says a paused directive is paused and how to release it, and exits 1 (not solved)', () => {
    const work = workspaceWith('abs-diff');
    expect(cli(work, ['eval', 'directive.json', 'wrong.ts']).status).toBe(1);
    expect(cli(work, ['pause', 'abs-diff']).status).toBe(0);
    const text = cli(work, ['run', 'directive.json', '--seed', '1']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/abs-diff: not solved .*paused.*hephaestus resume-goal abs-diff/);
    expect(text.stdout).not.toMatch(/solved: nothing left to do/);
    const json = cli(work, ['run', 'directive.json', '--seed', '1', '--json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).stop).toMatchObject({ reason: 'user', detail: expect.stringContaining('hephaestus resume-goal abs-diff') });
  });

  it('does not call a run solved when one of its directives is not', () => {
    const work = workspaceWith('abs-diff');
    cpSync(workspaceWith('abs-diff'), join(work, 'other'), { recursive: true });
    const other = join(work, 'other', 'directive.json');
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(other, 'utf8')), id: 'abs-diff-2' }));
    expect(cli(work, ['eval', 'directive.json', 'wrong.ts']).status).toBe(1);
    expect(cli(work, ['pause', 'abs-diff']).status).toBe(0);
    // The unsolved (paused) directive comes first, the solved one last.
    const result = cli(work, ['run', 'directive.json', 'other/directive.json', '--seed', '1', '--json']);
    expect(result.status, result.stderr).toBe(1);
    const outcome = JSON.parse(result.stdout);
    expect(outcome.directives.map((d: { id: string; solved: boolean }) => [d.id, d.solved])).toEqual([['abs-diff', false], ['abs-diff-2', true]]);
    expect(outcome.stop.reason).not.toBe('solved');
    expect(outcome.stop.detail).toMatch(/1 of 2 directives solved.*abs-diff/);
  });
});
