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
});
