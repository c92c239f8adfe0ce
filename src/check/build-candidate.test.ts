import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCandidate, type BuildInput } from './build-candidate.js';

const stagingRoot = mkdtempSync(join(tmpdir(), 'hephaestus-build-test-'));
afterAll(() => rmSync(stagingRoot, { recursive: true, force: true }));

function build(code: string, options: { signature?: string; maxLines?: number; allowedImports?: string[]; headerLines?: number } = {}) {
  const directive: BuildInput['directive'] = {
    signature: options.signature ?? '(a: number, b: number) => number',
    constraints: { maxLines: options.maxLines ?? 200, allowedImports: options.allowedImports ?? [], timeoutMs: 5_000, memoryMb: 256 },
  };
  return buildCandidate({ code, directive, stagingRoot, headerLines: options.headerLines });
}

const add = 'export default function add(a: number, b: number): number {\n  return a + b;\n}\n';

describe('buildCandidate', () => {
  it('builds a correct module into an importable candidate.mjs beside candidate.ts', async () => {
    const result = build(add);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.modulePath).toBe(join(result.stagingDir, 'candidate.mjs'));
    expect(readFileSync(join(result.stagingDir, 'candidate.ts'), 'utf8')).toBe(add);
    const module = (await import(result.modulePath as string)) as { default: (a: number, b: number) => number };
    expect(module.default(2, 40)).toBe(42);
  });

  it('stages every build in its own directory', () => {
    expect(build(add).stagingDir).not.toBe(build(add).stagingDir);
  });

  it('accepts a named export beside the default', () => {
    const result = build(`export const twice = (x: number): number => x * 2;\n${add}`);
    expect(result.ok).toBe(true);
  });

  it('accepts `export { f as default }` and a function with fewer parameters', () => {
    expect(build('const first = (a: number): number => a;\nexport { first as default };\n').ok).toBe(true);
  });

  it('accepts an async function for a Promise signature', () => {
    const result = build('export default async (s: string): Promise<number> => s.length;\n', { signature: '(s: string) => Promise<number>' });
    expect(result.ok).toBe(true);
  });

  it('fails a default export of the wrong type at the signature stage, on its line', () => {
    const result = build('// a comment\nexport default (a: string): string => a;\n');
    expect(result.ok).toBe(false);
    expect(result.modulePath).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ stage: 'signature', line: 2 });
    expect(result.errors[0].message).toContain('(a: number, b: number) => number');
    expect(result.structural.typeErrors).toBe(1);
  });

  it('fails a module without a default export at the signature stage', () => {
    const result = build('export function add(a: number, b: number): number {\n  return a + b;\n}\n');
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.stage)).toEqual(['signature']);
    expect(result.structural.lines).toBe(3);
  });

  it('reports type errors with their line and counts them', () => {
    const result = build(`const label: number = 'x';\nconst other: string = 1;\n${add}`);
    expect(result.errors.map((e) => [e.stage, e.line])).toEqual([
      ['type-check', 1],
      ['type-check', 2],
    ]);
    expect(result.structural.typeErrors).toBe(2);
  });

  it('reports parse errors with their line and skips the type check', () => {
    const result = build('export default function add(a: number, b: number): number {\n  return a +;\n}\n');
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ stage: 'parse', line: 2 });
    expect(result.errors.every((e) => e.stage === 'parse')).toBe(true);
    expect(result.structural.typeErrors).toBe(0);
  });

  describe('line limit', () => {
    const withLines = (count: number) => `${'// filler\n'.repeat(count - 3)}${add}`;

    it('allows 198 lines and refuses 199, whatever maxLines says above that', () => {
      expect(build(withLines(198)).ok).toBe(true);
      const over = build(withLines(199));
      expect(over.ok).toBe(false);
      expect(over.errors).toEqual([{ stage: 'line-limit', message: 'the module has 199 lines; at most 198 are allowed', line: 199 }]);
      expect(over.structural).toMatchObject({ lines: 199, typeErrors: 0, cyclomatic: 1 });
    });

    it("honours a smaller directive maxLines", () => {
      expect(build(withLines(10), { maxLines: 10 }).ok).toBe(true);
      expect(build(withLines(11), { maxLines: 10 }).errors.map((e) => e.stage)).toEqual(['line-limit']);
    });

    it('lets an emitted module keep its header lines', () => {
      expect(build(withLines(200), { headerLines: 2 }).ok).toBe(true);
      expect(build(withLines(201), { headerLines: 2 }).ok).toBe(false);
    });
  });

  describe('imports', () => {
    const hashing = "import { createHash } from 'node:crypto';\nexport default (s: string): number => createHash('sha256').update(s).digest().length;\n";

    it('builds a module whose imports are all allowed, and runs it', async () => {
      const result = build(hashing, { signature: '(s: string) => number', allowedImports: ['node:crypto'] });
      expect(result.errors).toEqual([]);
      const module = (await import(result.modulePath as string)) as { default: (s: string) => number };
      expect(module.default('x')).toBe(32);
    });

    it('refuses the same module when it is not allowed', () => {
      const result = build(hashing, { signature: '(s: string) => number' });
      expect(result.errors).toEqual([{ stage: 'static-guard', message: 'import of "node:crypto" is not allowed (allowedImports: none)', line: 1 }]);
    });
  });

  it('measures structure and lint findings of a module that builds', () => {
    const code = [
      'var scale: any = 2;',
      'export default function pick(a: number, b: number): number {',
      '  const unused = 1;',
      '  if (a == b || a > 10) return a * scale;',
      '  return a > b ? a : b;',
      '}',
    ].join('\n');
    const result = build(code);
    expect(result.ok).toBe(true);
    expect(result.structural).toEqual({ lines: 6, cyclomatic: 4, typeErrors: 0, lintFindings: 4 });
  });

  it('still measures a module the guard refuses', () => {
    const result = build('export default (a: number, b: number): number => (a && b ? eval("a") : b);\n');
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.stage)).toEqual(['static-guard']);
    expect(result.structural).toMatchObject({ lines: 1, cyclomatic: 3 });
  });
});
