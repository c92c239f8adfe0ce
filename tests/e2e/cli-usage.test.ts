import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('hephaestus usage errors and --version', () => {
  it('prints the package version for --version', () => {
    const result = cli(workspaceWith('abs-diff'), ['--version']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('answers an unknown command with one line naming it and pointing at --help, exit 2', () => {
    const result = cli(workspaceWith('abs-diff'), ['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/unknown command 'frobnicate'.*see 'hephaestus --help'/)]);
  });

  it('recall --kind takes the plural its help names as well as the singular, and refuses anything else', () => {
    const work = workspaceWith('abs-diff');
    for (const kind of ['lessons', 'lesson', 'candidates', 'directive']) {
      const result = cli(work, ['recall', 'abs', '--kind', kind]);
      expect(result.status, `${kind}: ${result.stderr}`).toBe(0);
    }
    const bad = cli(work, ['recall', 'abs', '--kind', 'lesons']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--kind must be one of candidate, directive, lesson/);
  });
});
