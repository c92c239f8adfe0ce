import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRun } from '../../src/forge/run/start-run.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { writeTask, type TransferFamily } from './transfer-families.js';

/** How the target is attempted: alone; after its related directives with nodes/ closed to it (memory only); after them with nodes/ open. */
export type TransferCondition = 'scratch' | 'memory' | 'library';

/** What one attempt at the target directive cost. */
export interface TargetCost {
  solved: boolean;
  executions: number;
  evaluations: number;
  noveltyRejected: number;
  /** Related directives solved before the target (transfer condition only). */
  relatedSolved: number;
  /** Whether the solving (else the best) candidate builds on a module of nodes/. */
  usedLibrary: boolean;
  /** Forge cycles the run took (to the solve, else all it ran). */
  cycles: number;
}

/** Forge settings of the benchmark (written to the work directory's config/forge_config.json). */
export interface TransferSettings {
  population: number;
  generations: number;
  cycles: number;
}

async function forge(workDir: string, file: string, seed: number, cycles: number): Promise<{ solved: boolean; runId: string }> {
  const outcome = await startRun({ workDir, directiveFiles: [file], engine: 'gp', seed, cycles, log: () => undefined });
  return { solved: outcome.directives.every((d) => d.solved), runId: outcome.runId };
}

/** A fresh work directory with the benchmark's forge settings. */
function workDirWith(settings: TransferSettings): string {
  const workDir = mkdtempSync(join(tmpdir(), 'heph-transfer-'));
  mkdirSync(join(workDir, 'config'));
  const config = { gp: { population: settings.population, generations_per_cycle: settings.generations }, loop: { stagnation_cycles: settings.cycles } };
  writeFileSync(join(workDir, 'config', 'forge_config.json'), JSON.stringify(config));
  return workDir;
}

async function attempt(workDir: string, family: TransferFamily, seed: number, condition: TransferCondition, settings: TransferSettings, relatedSolved: number): Promise<TargetCost> {
  // Without the library the target's directive closes nodes/ to it (`library.use: []`): only the memory transfers.
  const file = writeTask(workDir, family.target, condition === 'memory' ? { library: { use: [] } } : {});
  const { solved, runId } = await forge(workDir, file, seed + 1000, settings.cycles);
  const registry = openRegistry(workDir);
  try {
    const checkpoint = registry.getRun(runId)?.checkpoint ?? {};
    const id = family.target.id;
    const best = registry.best(id);
    return {
      solved,
      executions: checkpoint[`${id}.executions`] ?? 0,
      evaluations: checkpoint[`${id}.evaluations`] ?? 0,
      noveltyRejected: checkpoint[`${id}.noveltyRejected`] ?? 0,
      relatedSolved,
      usedLibrary: (best?.uses ?? []).length > 0,
      cycles: checkpoint[`${id}.cycle`] ?? 0,
    };
  } finally {
    registry.close();
  }
}

/**
 * The target directive's cost in each condition for one seed: from scratch in a fresh work directory, then, after the
 * family's related directives are forged once (their modules land in nodes/, their candidates in the memory), in two
 * copies of that work directory: with nodes/ closed to the target and open to it.
 */
export async function measureTarget(family: TransferFamily, seed: number, settings: TransferSettings): Promise<Record<TransferCondition, TargetCost>> {
  const dirs: string[] = [];
  const fresh = (): string => {
    dirs.push(workDirWith(settings));
    return dirs[dirs.length - 1];
  };
  try {
    const scratch = await attempt(fresh(), family, seed, 'scratch', settings, 0);
    const prepared = fresh();
    let relatedSolved = 0;
    for (const task of family.related) relatedSolved += (await forge(prepared, writeTask(prepared, task), seed, settings.cycles)).solved ? 1 : 0;
    const copy = fresh();
    cpSync(prepared, copy, { recursive: true });
    const memory = await attempt(copy, family, seed, 'memory', settings, relatedSolved);
    const library = await attempt(prepared, family, seed, 'library', settings, relatedSolved);
    return { scratch, memory, library };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
