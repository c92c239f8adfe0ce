import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('short candidate ids, as the dashboard and mermaid output show them', () => {
  it('show and approve take a unique prefix of at least 6 characters', () => {
    const work = workspaceWith('abs-diff');
    const evaluated = cli(work, ['eval', 'directive.json', 'correct.ts', '--json']);
    const id = (JSON.parse(evaluated.stdout) as { candidateId: string }).candidateId;
    const shown = cli(work, ['show', id.slice(0, 8), '--json']);
    expect(shown.status, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).id).toBe(id);
    const approved = cli(work, ['approve', id.slice(0, 6)]);
    expect(approved.status, approved.stderr).toBe(0);
    expect(approved.stdout).toContain(`approved ${id}`);
    // Too short to be a prefix: looked up as a whole id, and not found.
    expect(cli(work, ['show', id.slice(0, 5)]).status).toBe(3);
  });
});
