import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cyclomaticComplexity } from './cyclomatic-complexity.js';

const complexity = (code: string) => cyclomaticComplexity(ts.createSourceFile('c.ts', code, ts.ScriptTarget.ES2022, true));

describe('cyclomaticComplexity', () => {
  it('is 1 for straight-line code', () => {
    expect(complexity('export default (a: number) => a + 1;')).toBe(1);
  });

  it('counts each kind of decision point once', () => {
    const code = [
      'export default function f(a: number, xs: number[]): number {',
      '  if (a > 0 && a < 10) return 1;', // if, &&
      '  for (const x of xs) a += x || 0;', // for-of, ||
      '  for (let i = 0; i < 2; i++) a++;', // for
      '  for (const k in xs) a += Number(k);', // for-in
      '  while (a > 100) a /= 2;', // while
      '  do { a-- } while (a > 50);', // do
      '  switch (a) { case 1: return 1; case 2: return 2; default: return 0; }', // 2 cases
      '  try { a = a ?? 0; } catch { a = 0; }', // ??, catch
      '  let b: number | undefined; b ??= 1; b ||= 2; b &&= 3;', // 3 logical assignments
      '  return a > 0 ? a : -a;', // ?:
      '}',
    ].join('\n');
    expect(complexity(code)).toBe(1 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 3 + 1);
  });
});
