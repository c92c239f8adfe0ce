import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('an offline run of a tests directive end to end', () => {
  it('solves a directive checked by a test file with no LLM configured, and the sandbox confirms the module in nodes/', () => {
    const work = workspaceWith('sum-evens');
    // Seed 2 solves in two cycles (about a minute on a loaded machine); the search itself is measured by bench/tests-directives.ts.
    const run = cli(work, ['run', 'directive.json', '--seed', '2', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const outcome = JSON.parse(run.stdout);
    expect(outcome.directives[0]).toMatchObject({ id: 'sum-evens', solved: true });
    const node = join(work, 'nodes', 'sum-evens', 'sum-evens.ts');
    expect(existsSync(node)).toBe(true);
    const verdict = JSON.parse(cli(work, ['eval', 'directive.json', node, '--json']).stdout);
    expect(verdict.solved).toBe(true);
    const status = JSON.parse(cli(work, ['status', '--json']).stdout);
    expect(status.runs[0]).toMatchObject({ engine: 'gp', stop: { reason: 'solved' } });
    // A search on a shared machine: about a minute alone, more under load.
  }, 240_000);

  it('refuses a tests directive whose signature is beyond the offline engine, naming the type, with exit 4', () => {
    const work = workspaceWith('sum-evens');
    const directive = { id: 'points', goal: 'Sum the x of the points.', signature: '(ps: { x: number }[]) => number', evaluator: { kind: 'tests', files: ['sum-evens.test.ts'] } };
    writeFileSync(join(work, 'points.json'), JSON.stringify(directive));
    const run = cli(work, ['run', 'points.json', '--seed', '1']);
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/points\.json.*signature.*parameter "ps" has type \{ x: number \}\[\]/s);
    expect(existsSync(join(work, 'nodes'))).toBe(false);
  });
});
