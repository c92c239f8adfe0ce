import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRun } from '../../src/forge/run/start-run.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { writeTask, type TransferFamily } from './transfer-families.js';

/** What one attempt at the target directive cost. */
export interface TargetCost {
  solved: boolean;
  executions: number;
  evaluations: number;
  noveltyRejected: number;
  /** Related directives solved before the target (transfer condition only). */
  relatedSolved: number;
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

/**
 * Solves the target directive in a fresh work directory, either from scratch or after the family's related directives
 * (their modules land in nodes/ and their candidates in the memory, which seeds the target's population).
 */
export async function measureTarget(family: TransferFamily, seed: number, withTransfer: boolean, settings: TransferSettings): Promise<TargetCost> {
  const workDir = mkdtempSync(join(tmpdir(), 'heph-transfer-'));
  try {
    mkdirSync(join(workDir, 'config'));
    const config = { gp: { population: settings.population, generations_per_cycle: settings.generations }, loop: { stagnation_cycles: settings.cycles } };
    writeFileSync(join(workDir, 'config', 'forge_config.json'), JSON.stringify(config));
    let relatedSolved = 0;
    if (withTransfer) {
      for (const task of family.related) relatedSolved += (await forge(workDir, writeTask(workDir, task), seed, settings.cycles)).solved ? 1 : 0;
    }
    const { solved, runId } = await forge(workDir, writeTask(workDir, family.target), seed + 1000, settings.cycles);
    const registry = openRegistry(workDir);
    const checkpoint = registry.getRun(runId)?.checkpoint ?? {};
    registry.close();
    const id = family.target.id;
    return { solved, executions: checkpoint[`${id}.executions`] ?? 0, evaluations: checkpoint[`${id}.evaluations`] ?? 0, noveltyRejected: checkpoint[`${id}.noveltyRejected`] ?? 0, relatedSolved };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
