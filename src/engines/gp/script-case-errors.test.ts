import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PENALTY } from '../../programs/case-errors.js';
import { buildTable } from '../../programs/compile-program.js';
import { compilePrograms } from '../../programs/compile-programs.js';
import { createCaseErrors } from './script-case-errors.js';

vi.mock('../../programs/compile-programs.js', async (original) => {
  const real = await original<typeof import('../../programs/compile-programs.js')>();
  return { compilePrograms: vi.fn(real.compilePrograms) };
});

/** Writes an evaluator module into a fresh directory and returns its path. */
function evaluatorFile(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'heph-script-')), 'evaluate.ts');
  writeFileSync(file, source);
  return file;
}

const DOUBLES = evaluatorFile(`export function evaluate(f: (x: number) => number) {
  const cases = [1, 2, 3].map((x) => -Math.abs(f(x) - 2 * x));
  return { metrics: {}, score: cases.reduce((a, b) => a + b, 0), cases };
}`);
const all = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
const table = buildTable();

describe('script case errors', () => {
  it('lays out solved, minus the score and minus each per-instance result, and reads the chosen columns', async () => {
    const errorsOf = await createCaseErrors({ evaluator: DOUBLES, solvedAt: 0, timeoutMs: 1000, columns: 5 }, table);
    const rows = await errorsOf(['function (x) {\nreturn (x + x);\n}', 'function (x) {\nreturn x;\n}'], 'train', all(5));
    expect([...rows.subarray(0, 5)]).toEqual([0, 0, 0, 0, 0]);
    expect([...rows.subarray(5)]).toEqual([1, 6, 1, 2, 3]);
    expect([...(await errorsOf(['function (x) {\nreturn x;\n}'], 'train', Int32Array.from([3, 1])))]).toEqual([2, 6]);
    // An evaluator calls its program thousands of times: compiled hot, so V8 may optimise it.
    expect(vi.mocked(compilePrograms).mock.calls.every((call) => call[2] === true)).toBe(true);
    expect(vi.mocked(compilePrograms)).toHaveBeenCalled();
  });

  it('gives the penalty to a program that does not compile, throws, or runs past the time bound', async () => {
    const endless = evaluatorFile('export function evaluate(f: (x: number) => number) {\n  for (;;) f(1);\n}');
    const errorsOf = await createCaseErrors({ evaluator: endless, timeoutMs: 200, columns: 2 }, table);
    const started = performance.now();
    expect([...(await errorsOf(['function (x) {\nreturn x;\n}'], 'train', all(2)))]).toEqual([PENALTY, PENALTY]);
    expect(performance.now() - started).toBeLessThan(5000);
    const doubles = await createCaseErrors({ evaluator: DOUBLES, timeoutMs: 1000, columns: 5 }, table);
    expect([...(await doubles(['function (x) {\nreturn (', 'function (x) {\nthrow 1;\n}'], 'train', all(1)))]).toEqual([PENALTY, PENALTY]);
  });

  it('keeps the penalty on the instance columns when the evaluator returns a different number of results', async () => {
    const errorsOf = await createCaseErrors({ evaluator: DOUBLES, solvedAt: 0, timeoutMs: 1000, columns: 4 }, table);
    expect([...(await errorsOf(['function (x) {\nreturn (x + x);\n}'], 'train', all(4)))]).toEqual([0, 0, PENALTY, PENALTY]);
  });
});
