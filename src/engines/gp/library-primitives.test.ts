import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCandidate } from '../../check/build-candidate.js';
import type { ExampleCase } from '../../directive/directive.js';
import type { GpProblem, LibraryModule } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { blockComment, blocksUsed } from '../../programs/library-primitives.js';
import { parseProgram } from '../../programs/parse-program.js';
import { runGp } from './run-gp.js';

// A module as the engine emits it and the custodian promotes it: the solution of "sum of squares".
const SUM_OF_SQUARES: LibraryModule = {
  directiveId: 'sum-of-squares',
  candidateId: 'c0ffee0000000001',
  code: [
    'function sum(xs: number[]): number {',
    '  return xs.reduce((a, b) => a + b, 0);',
    '}',
    '',
    'export default function sumOfSquares(xs: number[]): number {',
    '  return sum(xs.map((x1: number): number => x1 * x1));',
    '}',
    '',
  ].join('\n'),
};
const squares = (xs: number[]): number => xs.reduce((a, x) => a + x * x, 0);

function cases(count: number, salt: number): ExampleCase[] {
  const list = (i: number, k: number): number[] => Array.from({ length: (i * 5 + k + salt) % 7 }, (_, j) => ((i * 31 + j * 17 + k * 7 + salt) % 19) - 9);
  return Array.from({ length: count }, (_, i) => {
    const [xs, ys] = [list(i, 1), list(i, 2)];
    return { inputs: [xs, ys], outputs: [squares(xs) + squares(ys)] };
  });
}

const bothLists = (library: LibraryModule[], names = ['xs', 'ys']): GpProblem => ({
  name: 'squaresOfBoth',
  params: names.map((name) => ({ name, type: 'int[]' as const })),
  returns: ['int'],
  train: cases(30, 1),
  test: cases(30, 2),
  library,
});

const staging = mkdtempSync(join(tmpdir(), 'gp-library-'));
afterAll(() => rmSync(staging, { recursive: true, force: true }));

describe('solved modules as building blocks', () => {
  it('are offered as typed primitives, used, inlined in the emitted module (no import) and found again by their comment', { timeout: 120_000 }, async () => {
    const ctx = new GpContext(bothLists([SUM_OF_SQUARES]));
    const block = ctx.set.byName.get('sumOfSquares');
    expect(block && { args: block.args, ret: block.ret }).toEqual({ args: ['int[]'], ret: 'int' });
    // Evaluated in worker threads: the block crosses as program source, not as a function.
    const result = await runGp(bothLists([SUM_OF_SQUARES]), { seed: 3, maxExecutions: 400_000, population: 200, workers: 2 });
    expect(result.solved, result.code).toBe(true);
    expect(result.code).toContain(`${blockComment(SUM_OF_SQUARES)}\nfunction sumOfSquares(xs: number[]): number {`);
    expect(result.code.slice(result.code.indexOf('export default'))).toContain('sumOfSquares(');
    expect(result.code).not.toMatch(/^import /m);
    expect(blocksUsed(result.code, [SUM_OF_SQUARES])).toEqual([SUM_OF_SQUARES]);
    // The emitted module builds under the directive's constraints (no imports allowed) and computes the target.
    const built = buildCandidate({
      code: result.code,
      directive: { signature: '(xs: number[], ys: number[]) => number', constraints: { maxLines: 200, allowedImports: [], timeoutMs: 5000, memoryMb: 256 } },
      stagingRoot: staging,
    });
    expect(built.errors).toEqual([]);
    const fn = ((await import(pathToFileURL(built.modulePath!).href)) as { default: (xs: number[], ys: number[]) => number }).default;
    expect(fn([1, 2, 3], [-4])).toBe(30);
    // The module reads back as a program of the same problem, so it can seed later cycles.
    expect(parseProgram(result.code, bothLists([SUM_OF_SQUARES]))).toBeDefined();
  });

  it('are not offered when their types do not fit the problem or the engine cannot read them', () => {
    const vowels: LibraryModule = {
      directiveId: 'count-vowels',
      candidateId: 'c2',
      code: 'export default function countVowels(s: string): number {\n  return s.length;\n}\n',
    };
    const unreadable: LibraryModule = {
      directiveId: 'by-hand',
      candidateId: 'c3',
      code: 'export default function byHand(xs: number[]): number {\n  return globalThis.eval("1") + xs.length;\n}\n',
    };
    const names = new GpContext(bothLists([vowels, unreadable, SUM_OF_SQUARES])).set.all.filter((p) => p.library).map((p) => p.name);
    expect(names).toEqual(['sumOfSquares']);
  });

  it('are renamed where their name would clash with a parameter of the problem', () => {
    const ctx = new GpContext(bothLists([SUM_OF_SQUARES], ['sumOfSquares', 'ys']));
    expect(ctx.set.all.filter((p) => p.library).map((p) => p.name)).toEqual(['sumOfSquares_']);
    expect(ctx.set.get('sumOfSquares_').library?.declaration).toContain('function sumOfSquares_(xs: number[]): number {');
  });
});
