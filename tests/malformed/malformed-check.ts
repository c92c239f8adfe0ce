import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { cliAsync } from '../support/cli.js';
import { outsideDir } from './malformed-setups.js';
import type { MalformedCase } from './malformed-table.js';

/** The folder of malformed inputs, one sub-folder per case. */
export const CORPUS_DIR = resolve('tests/malformed/corpus');
const BASE_FIXTURE = resolve('tests/fixtures/abs-diff');

/** A fresh workspace: the abs-diff fixture with the case's files laid over it. */
export function malformedWorkspace(item: MalformedCase): string {
  const work = mkdtempSync(join(tmpdir(), 'heph-malformed-'));
  cpSync(BASE_FIXTURE, work, { recursive: true });
  cpSync(join(CORPUS_DIR, item.case), work, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  item.setup?.(work);
  return work;
}

/** Removes a case's workspace and whatever its setup put outside it. */
export function removeWorkspace(work: string): void {
  rmSync(work, { recursive: true, force: true });
  rmSync(outsideDir(work), { recursive: true, force: true });
}

/** Asserts nothing was written: no registry and no nodes/ directory. */
export function expectNothingWritten(work: string, where: string): void {
  expect(existsSync(join(work, '.hephaestus')), where).toBe(false);
  expect(existsSync(join(work, 'nodes')), where).toBe(false);
}

/** Runs one malformed case through one CLI command in a fresh workspace and checks the documented outcome. */
export async function checkMalformed(item: MalformedCase, command: 'run' | 'eval'): Promise<void> {
  const work = malformedWorkspace(item);
  try {
    const args = command === 'run' ? ['run', 'directive.json', '--engine', 'gp', '--cycles', '1'] : ['eval', 'directive.json', resolve(work, item.module ?? 'correct.ts')];
    const result = await cliAsync(work, args).done;
    const where = `${item.case} via ${command}: ${result.stderr}`;
    expect(result.status, where).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines, where).toHaveLength(1);
    expect(lines[0].startsWith(`hephaestus: ${resolve(work, item.file)}: ${item.field}: `), where).toBe(true);
    expect(result.stderr, where).not.toMatch(/\n\s+at /);
    expectNothingWritten(work, where);
  } finally {
    removeWorkspace(work);
  }
}

/** The case folders present in the corpus. */
export function corpusCases(): string[] {
  return readdirSync(CORPUS_DIR).sort();
}
