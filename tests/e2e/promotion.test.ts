import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

// A correct abs-diff that also names the directive's train file: every case passes, the custodian flags it.
const TRICKY = `/** Absolute difference (the cases are in train.jsonl). */
export default function absDiff(a: number, b: number): number {
  const source = 'train.jsonl';
  return source.length > 0 ? Math.abs(a - b) : 0;
}
`;

function seededWorkspace(seed: string): string {
  const work = workspaceWith('abs-diff');
  writeFileSync(join(work, 'seed.ts'), seed);
  const directive = JSON.parse(readFileSync(join(work, 'directive.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(work, 'directive.json'), JSON.stringify({ ...directive, seed: 'seed.ts' }));
  return work;
}

function nodeFiles(work: string): string[] {
  try {
    return readdirSync(join(work, 'nodes'), { recursive: true }).map(String);
  } catch {
    return [];
  }
}

describe('judged before promoted (through the forge and the CLI)', () => {
  it('a correct seed that trips a custodian check never reaches nodes/, and status says why', () => {
    const work = seededWorkspace(TRICKY);
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--cycles', '1', '--seed', '1']);
    expect(run.stdout).toMatch(/abs-diff: not solved/);
    expect(nodeFiles(work)).toEqual([]);
    const status = cli(work, ['status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/abs-diff {2}flagged/);
    expect(status.stdout).toMatch(/promoted: nothing/);
    expect(status.stdout).toMatch(/not promoted: \w+ \(score [^)]+\): evaluator-access: names evaluator files: train\.jsonl/);
    const json = JSON.parse(cli(work, ['status', '--json']).stdout);
    expect(json.runs[0].directives[0].refused.objections).toEqual(['evaluator-access: names evaluator files: train.jsonl']);
  });

  it('a clean solved seed is still promoted to nodes/', () => {
    const work = seededWorkspace(readFileSync(join('tests/fixtures/abs-diff/correct.ts'), 'utf8'));
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--cycles', '1', '--seed', '1']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/abs-diff: SOLVED/);
    expect(readFileSync(join(work, 'nodes', 'abs-diff', 'abs-diff.ts'), 'utf8')).toContain('return Math.abs(a - b);');
    expect(cli(work, ['status']).stdout).toMatch(/promoted: \w+ \(node-written, score /);
  });
});
