import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { lintFindings } from './lint-findings.js';

const findings = (code: string) => lintFindings(ts.createSourceFile('c.ts', code, ts.ScriptTarget.ES2022, true));

describe('lintFindings', () => {
  it('finds nothing in clean code', () => {
    expect(findings('export default (a: number, b: unknown): boolean => a === 1 && b !== null;')).toBe(0);
  });

  it('counts explicit any, var and loose equality', () => {
    expect(findings('var a: any = 1;\nfor (var i = 0; i < 2; i++) a = a == 1 || a != null;\nconst xs: any[] = [];')).toBe(6);
  });
});
