import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExampleSet } from '../directive/directive.js';
import type { SandboxLimits } from './sandbox.js';

/** Limits roomy enough for the contract's well-behaved candidates on a loaded 2-core machine. */
export const CONTRACT_LIMITS: SandboxLimits = { timeoutMs: 15_000, memoryMb: 128, maxOutputBytes: 65_536 };

/** Temporary directories made for the contract suite, removed by removeStaged(). */
const staged: string[] = [];

/** Writes files (name -> text) into a fresh staging directory and returns its path. */
export function stageFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hephaestus-contract-'));
  staged.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Stages a compiled candidate module and returns the absolute path of its .mjs file. */
export function stageCandidate(source: string): string {
  return join(stageFiles({ 'candidate.mjs': source }), 'candidate.mjs');
}

/** Removes every staging directory the suite created. */
export function removeStaged(): void {
  for (const dir of staged.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Builds an example set from [inputs, outputs] pairs. */
export function exampleSet(train: [unknown[], unknown[]][], test: [unknown[], unknown[]][] = []): ExampleSet {
  const toCase = ([inputs, outputs]: [unknown[], unknown[]]): ExampleSet['train'][number] => ({ inputs, outputs });
  return { train: train.map(toCase), test: test.map(toCase) };
}

/** Ids of live processes whose command line mentions `text` (to prove a killed candidate is really gone). */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
