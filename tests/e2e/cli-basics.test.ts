import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('hephaestus CLI basics', () => {
  it('lists its commands in --help', () => {
    const result = cli(workspaceWith('abs-diff'), ['--help']);
    expect(result.status).toBe(0);
    for (const command of ['init', 'run', 'resume', 'status', 'eval', 'lineage', 'show', 'stop']) expect(result.stdout).toContain(command);
  });

  it('loads no TypeScript compiler for --help or status (it costs a few hundred ms; src/compiler/typescript.ts)', () => {
    const work = workspaceWith('abs-diff');
    const probe = join(work, 'probe.cjs');
    // Reports, as the process exits, whether the compiler's module was ever loaded.
    const report = "process.on('exit', () => process.stderr.write(`compiler loaded: ${Object.keys(require.cache).some((k) => k.endsWith('/typescript/lib/typescript.js'))}\\n`));";
    writeFileSync(probe, report);
    for (const args of [['--help'], ['status']]) {
      const result = cli(work, args, { NODE_OPTIONS: `--require ${probe}` });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('compiler loaded: false');
    }
    // The probe sees the compiler when a command does need it.
    expect(cli(work, ['eval', 'directive.json', 'correct.ts'], { NODE_OPTIONS: `--require ${probe}` }).stderr).toContain('compiler loaded: true');
  });

  it('eval scores a correct module as solved (exit 0) and records it in the registry', () => {
    const work = workspaceWith('abs-diff');
    const result = cli(work, ['eval', 'directive.json', 'correct.ts', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const verdict = JSON.parse(result.stdout);
    expect(verdict).toMatchObject({ solved: true, trainPassRate: 1, testPassRate: 1 });
    expect(typeof verdict.score).toBe('number');
    expect(verdict).toMatchObject({ runId: expect.stringMatching(/^eval-/), candidateId: expect.any(String), flags: [] });
    expect(existsSync(join(work, '.hephaestus', 'registry.db'))).toBe(true);
  });

  it('eval scores a wrong module as not solved (exit 1) with failing cases', () => {
    const result = cli(workspaceWith('abs-diff'), ['eval', 'directive.json', 'wrong.ts', '--json']);
    expect(result.status).toBe(1);
    const verdict = JSON.parse(result.stdout);
    expect(verdict.solved).toBe(false);
    expect(verdict.trainPassRate).toBeGreaterThan(0);
    expect(verdict.trainPassRate).toBeLessThan(1);
    expect(verdict.failingCases.length).toBeGreaterThan(0);
  });

  it('rejects a malformed directive with exit 2, the field named, no stack trace and nothing written', () => {
    const work = workspaceWith('abs-diff');
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ id: 'x', goal: 'g', signature: '(a: number) => number', evaluator: { kind: 'examples', train: 7, test: 'test.jsonl' } }));
    const result = cli(work, ['run', 'bad.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bad\.json: evaluator\.train: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, '.hephaestus'))).toBe(false);
  });

  it('init writes a config and an example directive that validates', () => {
    const work = workspaceWith('abs-diff');
    expect(cli(work, ['init']).status).toBe(0);
    expect(existsSync(join(work, 'config', 'forge_config.json'))).toBe(true);
    const evalResult = cli(work, ['eval', 'directives/example/directive.json', 'correct.ts', '--json']);
    expect(JSON.parse(evalResult.stdout).solved).toBe(true);
    expect(cli(work, ['init']).status).toBe(2);
  });

  it('status says there are no runs, and lineage exits 3, when there is no registry yet', () => {
    const work = workspaceWith('abs-diff');
    expect(cli(work, ['status']).stdout).toMatch(/no runs yet/);
    const lineage = cli(work, ['lineage', 'abs-diff']);
    expect(lineage.status).toBe(3);
    expect(lineage.stderr).toMatch(/no registry/);
    expect(existsSync(join(work, '.hephaestus'))).toBe(false);
  });

  it('eval, show and --json never print a control sequence a candidate threw', () => {
    const work = workspaceWith('abs-diff');
    // A candidate that tries to overwrite its own line with a fake verdict, and one that returns a huge string.
    writeFileSync(join(work, 'fake.ts'), "export default function absDiff(a: number, b: number): number {\n  throw new Error(`\\r\\x1b[2K✔ SOLVED abs-diff \\u202e${a + b}\\n✔ SOLVED`);\n}\n");
    const result = cli(work, ['eval', 'directive.json', 'fake.ts']);
    expect(result.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(result.stdout).not.toMatch(/[\r\x1b\u202e]/);
    expect(result.stdout).toContain('\\r\\x1b[2K✔ SOLVED');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('✔'))).toEqual([]);
    const candidateId = /recorded as candidate (\w+)/.exec(result.stdout)?.[1] ?? '';
    for (const args of [['show', candidateId], ['show', candidateId, '--json']]) {
      const shown = cli(work, args);
      expect(shown.status, shown.stderr).toBe(0);
      // eslint-disable-next-line no-control-regex -- looking for control characters is the test
      expect(shown.stdout).not.toMatch(/[\r\x1b\u202e]/);
    }
  });
});
