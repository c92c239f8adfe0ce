import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('goal tree, human overrides and memory from the command line', () => {
  it('runs autonomously, holds the result for approval, and lets a human pause, resume, approve and recall', () => {
    const work = workspaceWith('abs-diff');
    const file = join(work, 'directive.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), requireApproval: true }));
    const run = cli(work, ['run', 'directive.json', '--autonomous', '--seed', '1', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const node = join(work, 'nodes', 'abs-diff', 'abs-diff.ts');
    expect(existsSync(node)).toBe(false);

    const goals = JSON.parse(cli(work, ['goals', '--json']).stdout).goals;
    expect(goals).toEqual([expect.objectContaining({ id: 'abs-diff', parent: null, status: 'solved', proposedBy: 'user', children: [] })]);
    expect(cli(work, ['goals']).stdout).toMatch(/^abs-diff {2}\[solved\]/);

    const approved = cli(work, ['approve', 'abs-diff']);
    expect(approved.status, approved.stderr).toBe(0);
    expect(readFileSync(node, 'utf8')).toContain(JSON.parse(run.stdout).directives[0].bestCandidateId);

    expect(cli(work, ['pause', 'abs-diff']).stdout).toBe('abs-diff: solved → paused\n');
    const skipped = cli(work, ['run', 'directive.json', '--seed', '2']);
    expect(skipped.stderr).toContain('abs-diff is paused: skipped');
    expect(cli(work, ['resume-goal', 'abs-diff']).stdout).toBe('abs-diff: paused → open\n');
    expect(cli(work, ['resume-goal', 'abs-diff']).status).toBe(2);
    expect(cli(work, ['pause', 'nope']).status).toBe(3);

    const recalled = JSON.parse(cli(work, ['recall', 'Math.abs(a - b)', '--kind', 'candidate', '--limit', '1', '--json']).stdout).hits;
    expect(recalled).toEqual([expect.objectContaining({ kind: 'candidate', directiveId: 'abs-diff' })]);
    expect(cli(work, ['recall', 'x', '--kind', 'bogus']).status).toBe(2);
  });
});
