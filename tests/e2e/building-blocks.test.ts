import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirective } from '../../src/directive/load-directive.js';
import { loadNodeLibrary } from '../../src/forge/library/load-node-library.js';
import { startRun } from '../../src/forge/run/start-run.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { cli } from '../support/cli.js';

// The solution of "sum of squares" as the offline engine prints it, given as the seed so the first run solves at once.
const SUM_OF_SQUARES = `function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export default function sumOfSquares(xs: number[]): number {
  return sum(xs.map((x1: number): number => x1 * x1));
}
`;
const squares = (xs: number[]): number => xs.reduce((a, x) => a + x * x, 0);

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh work directory, removed after the tests. */
function workDir(): string {
  made.push(mkdtempSync(join(tmpdir(), 'heph-blocks-')));
  return made[made.length - 1];
}

/** Writes an examples directive over lists under work/<id>/ and returns its file. */
function directive(work: string, id: string, signature: string, reference: (...lists: number[][]) => number, extra: Record<string, unknown> = {}): string {
  const dir = join(work, id);
  mkdirSync(dir, { recursive: true });
  const arity = reference.length;
  const rows = (salt: number): string =>
    Array.from({ length: 30 }, (_, i) => {
      const lists = Array.from({ length: arity }, (_, k) => Array.from({ length: (i + k + salt) % 6 }, (_, j) => ((i * 13 + j * 7 + k * 5 + salt) % 15) - 7));
      return JSON.stringify({ ...Object.fromEntries(lists.map((l, k) => [`input${k + 1}`, l])), output1: reference(...lists) });
    }).join('\n');
  writeFileSync(join(dir, 'train.jsonl'), `${rows(1)}\n`);
  writeFileSync(join(dir, 'test.jsonl'), `${rows(2)}\n`);
  const fields = { id, goal: `solve ${id}`, signature, evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' }, ...extra };
  writeFileSync(join(dir, 'directive.json'), JSON.stringify(fields));
  return join(dir, 'directive.json');
}

/** A work directory where "sum of squares" is solved and promoted to nodes/. */
async function solvedLibrary(): Promise<string> {
  const work = workDir();
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp: { population: 200, generations_per_cycle: 4 } }));
  const file = directive(work, 'sum-of-squares', '(xs: number[]) => number', squares, { seed: 'seed.ts' });
  writeFileSync(join(work, 'sum-of-squares', 'seed.ts'), SUM_OF_SQUARES);
  const first = await startRun({ workDir: work, directiveFiles: [file], engine: 'gp', seed: 1, cycles: 1, log: () => undefined });
  expect(first.directives[0].solved).toBe(true);
  return work;
}

const both = (xs: number[], ys: number[]): number => squares(xs) + squares(ys);

describe('solved modules in nodes/ as building blocks (through the forge and the CLI)', () => {
  it('are offered to a later directive, used, inlined in its module, recorded in the lineage and shown', { timeout: 300_000 }, async () => {
    const work = await solvedLibrary();
    const file = directive(work, 'squares-of-both', '(xs: number[], ys: number[]) => number', both);
    const run = await startRun({ workDir: work, directiveFiles: [file], engine: 'gp', seed: 3, cycles: 3, log: () => undefined });
    expect(run.directives[0].solved).toBe(true);
    const registry = openRegistry(work);
    const best = registry.best('squares-of-both');
    const promoted = registry.getCandidate(registry.best('sum-of-squares')?.id ?? '');
    expect(best?.uses).toEqual([{ directiveId: 'sum-of-squares', candidateId: promoted?.id }]);
    expect(registry.listEvents({ directiveId: 'squares-of-both', kind: 'library' })[0].data).toEqual({ offered: ['sum-of-squares'], skipped: [] });
    registry.close();
    const node = readFileSync(join(work, 'nodes', 'squares-of-both', 'squares-of-both.ts'), 'utf8');
    expect(node).toContain(`(candidate ${promoted?.id}), inlined from nodes/.\nfunction sumOfSquares(xs: number[]): number {`);
    expect(node).not.toMatch(/^import /m);
    expect(cli(work, ['show', best!.id]).stdout).toContain(`uses the solution of directive sum-of-squares (candidate ${promoted?.id}, from nodes/)`);
    const lineage = JSON.parse(cli(work, ['lineage', 'squares-of-both', '--format', 'json']).stdout) as { nodes: { id: string; uses?: unknown }[] };
    expect(lineage.nodes.find((n) => n.id === best!.id)?.uses).toEqual([{ directiveId: 'sum-of-squares', candidateId: promoted?.id }]);
    expect(cli(work, ['lineage', 'squares-of-both']).stdout).toContain(`-.-> c_${best!.id}`);

    // A module edited by hand after promotion is not what the custodian judged: it is passed over, and said why.
    const moduleFile = join(work, 'nodes', 'sum-of-squares', 'sum-of-squares.ts');
    writeFileSync(moduleFile, readFileSync(moduleFile, 'utf8').replace('x1 * x1', 'x1 * 2'));
    const reader = openRegistry(work);
    const library = loadNodeLibrary(work, reader, loadDirective(file));
    reader.close();
    // (A directive is never offered its own module.)
    expect(library.modules).toEqual([]);
    expect(library.skipped).toEqual([`nodes/sum-of-squares/sum-of-squares.ts differs from candidate ${promoted?.id} as registered`]);
  });

  it('are not offered to a directive that excludes them', { timeout: 300_000 }, async () => {
    const work = await solvedLibrary();
    const file = directive(work, 'squares-of-both', '(xs: number[], ys: number[]) => number', both, { library: { exclude: ['sum-of-squares'] } });
    await startRun({ workDir: work, directiveFiles: [file], engine: 'gp', seed: 3, cycles: 1, log: () => undefined });
    const registry = openRegistry(work);
    expect(registry.listEvents({ directiveId: 'squares-of-both', kind: 'library' })).toEqual([]);
    expect(registry.listCandidates({ directiveId: 'squares-of-both' }).filter((c) => c.uses !== undefined)).toEqual([]);
    registry.close();
    expect(loadNodeLibrary(work, openRegistry(work), { ...loadDirective(file), library: { use: ['sum-of-squares'] } }).modules).toHaveLength(1);
  });

  it('refuses a directive whose library field is malformed, naming the file and field, exit 2', () => {
    const work = workDir();
    const file = directive(work, 'bad', '(xs: number[]) => number', squares, { library: { use: ['sum-of-squares'], exclude: ['sum-of-squares'] } });
    const run = cli(work, ['run', file, '--engine', 'gp', '--cycles', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('library.exclude[0]');
    expect(run.stderr).toContain('"sum-of-squares" is both used and excluded');
    expect(run.stderr).toContain(file);
  });
});
