import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

const SLOW_MS = 240_000;
const run = (work: string, ...extra: string[]) => cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', '3', ...extra]);

// The case: same id, another goal and other data (the sum instead of the absolute difference).
function changeToSum(work: string): void {
  for (const split of ['train.jsonl', 'test.jsonl']) {
    const file = join(work, split);
    const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, number>);
    writeFileSync(file, `${rows.map((r) => JSON.stringify({ ...r, output1: r.input1 + r.input2 })).join('\n')}\n`);
  }
  const file = join(work, 'directive.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), goal: 'Return the sum of two integers.' }));
}

describe('a changed directive is a new problem (directive versions)', () => {
  it('searches again when goal and data change under the same id, keeps the old candidates as history, and run --fresh starts afresh', { timeout: SLOW_MS }, () => {
    const work = workspaceWith('abs-diff');
    const first = run(work);
    expect(first.status, first.stderr).toBe(0);
    const node = join(work, 'nodes', 'abs-diff', 'abs-diff.ts');
    const v1Node = readFileSync(node, 'utf8');

    changeToSum(work);
    const second = run(work, '--json');
    expect(second.status, second.stderr).toBe(0);
    const outcome = JSON.parse(second.stdout).directives[0];
    // Before versions: "already solved by candidate …" after 0 cycles, with the absolute difference still in nodes/.
    expect(outcome.halted.detail).not.toMatch(/already solved/);
    expect(outcome).toMatchObject({ id: 'abs-diff', version: 2, solved: true });
    expect(outcome.cycles).toBeGreaterThan(0);
    expect(second.stderr).toMatch(/version 2 starts \(its goal, signature, evaluator or files changed\); version 1's module moved from nodes\/ to \.hephaestus\/superseded\/abs-diff\/v1/);
    // The old solution left nodes/ (it fails the new cases) and is kept aside; nodes/ holds version 2's.
    expect(readFileSync(join(work, '.hephaestus', 'superseded', 'abs-diff', 'v1', 'abs-diff.ts'), 'utf8')).toBe(v1Node);
    expect(v1Node).toMatch(/directive abs-diff version 1: candidate/);
    expect(readFileSync(node, 'utf8')).toMatch(/version 2: candidate/);
    const verdict = JSON.parse(cli(work, ['eval', 'directive.json', node, '--json']).stdout);
    expect(verdict.trainPassRate).toBe(1);

    const lineage = JSON.parse(cli(work, ['lineage', 'abs-diff', '--format', 'json']).stdout);
    expect(new Set(lineage.nodes.map((n: { version: number }) => n.version))).toEqual(new Set([1, 2]));
    expect(cli(work, ['lineage', 'abs-diff']).stdout).toMatch(/v1 · /);
    const status = JSON.parse(cli(work, ['status', '--json']).stdout);
    expect(status.directives[0]).toMatchObject({ id: 'abs-diff', version: 2, fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(status.runs.map((r: { directives: { versions: number[] }[] }) => r.directives[0].versions)).toEqual([[1], [2]]);
    expect(cli(work, ['status']).stdout).toMatch(/abs-diff {2}solved {2}version 2 \(fingerprint [0-9a-f]{8}\)/);

    // Unchanged: already solved, nothing searched. --fresh: a new version, searched again.
    expect(run(work).stdout).toMatch(/SOLVED after 0 cycle\(s\) on version 2, .*already solved/);
    const fresh = run(work, '--fresh', '--json');
    expect(JSON.parse(fresh.stdout).directives[0]).toMatchObject({ version: 3, solved: true, cycles: expect.any(Number) });
    expect(JSON.parse(fresh.stdout).directives[0].cycles).toBeGreaterThan(0);
    expect(fresh.stderr).toMatch(/version 3 starts \(run --fresh\)/);
    expect(existsSync(join(work, '.hephaestus', 'superseded', 'abs-diff', 'v2'))).toBe(true);
  });

  it('an eval of a changed directive is recorded against a new version; approve refuses an older version\'s candidate', { timeout: SLOW_MS }, () => {
    const work = workspaceWith('abs-diff');
    const before = JSON.parse(cli(work, ['eval', 'directive.json', 'correct.ts', '--json']).stdout);
    expect(before).toMatchObject({ solved: true, version: 1, promoted: 'node-written' });
    changeToSum(work);
    const after = JSON.parse(cli(work, ['eval', 'directive.json', 'correct.ts', '--json']).stdout);
    expect(after).toMatchObject({ solved: false, version: 2 });
    expect(existsSync(join(work, 'nodes', 'abs-diff'))).toBe(false);
    const refused = cli(work, ['approve', before.candidateId]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/solves version 1 of abs-diff, which has changed since: its current version is 2/);
    expect(existsSync(join(work, 'nodes', 'abs-diff'))).toBe(false);
  });
});
