import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('an offline run end to end', () => {
  it('evolves a module that solves the directive, lands in nodes/ and is recorded with its lineage', () => {
    const work = workspaceWith('abs-diff');
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const outcome = JSON.parse(run.stdout);
    expect(outcome.directives[0]).toMatchObject({ id: 'abs-diff', solved: true });
    const node = join(work, 'nodes', 'abs-diff', 'abs-diff.ts');
    expect(existsSync(node)).toBe(true);
    const code = readFileSync(node, 'utf8');
    expect(code.split('\n').length).toBeLessThanOrEqual(201);
    expect(code).toContain(outcome.directives[0].bestCandidateId);

    const verdict = cli(work, ['eval', 'directive.json', node, '--json']);
    expect(JSON.parse(verdict.stdout).solved).toBe(true);

    const status = JSON.parse(cli(work, ['status', '--json']).stdout);
    expect(status.runs[0]).toMatchObject({ status: 'completed', stop: { reason: 'solved' } });

    const lineage = JSON.parse(cli(work, ['lineage', 'abs-diff', '--format', 'json']).stdout);
    expect(lineage.nodes.length).toBeGreaterThan(0);
    expect(cli(work, ['lineage', 'abs-diff']).stdout).toMatch(/^graph TD/);

    const shown = cli(work, ['show', outcome.directives[0].bestCandidateId]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('export default function');
  });
});
