import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, HephaestusError, type HephaestusErrorCode } from '../src/errors/hephaestus-error.js';

/** The codes of the README's exit-code table (the rows after the "Exit codes:" line). */
function documentedCodes(): number[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('\nExit codes:')).split('\n\n')[1] ?? '';
  return [...table.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
}

/** Every .ts source under a directory, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(dir, f));
}

describe("README's exit-code table", () => {
  it('lists exactly the exit codes the code defines', () => {
    expect(documentedCodes().sort((a, b) => a - b)).toEqual(Object.values(EXIT_CODES).sort((a, b) => a - b));
  });

  it('covers the exit code of every kind of error', () => {
    const codes: HephaestusErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'UNSUPPORTED', 'SANDBOX_FAILURE', 'INTERNAL'];
    for (const code of codes) expect(documentedCodes()).toContain(new HephaestusError(code, 'x').exitCode);
  });

  it('covers every literal exit code in the sources', () => {
    const literals = sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/process\.exit(?:Code\s*=|\()\s*(\d+)/g)].map((m) => Number(m[1])));
    expect(literals.length).toBeGreaterThan(0);
    for (const literal of literals) expect(documentedCodes()).toContain(literal);
  });
});
