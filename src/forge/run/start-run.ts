import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ForgeConfig } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import { resolveEmbedder } from '../../memory/resolve-embedder.js';
import { openRegistry } from '../../registry/open-registry.js';
import type { RunRecord } from '../../registry/records.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import type { Sandbox } from '../../sandbox/sandbox.js';
import { sandboxOptionsFromConfig } from '../../sandbox/sandbox-options-from-config.js';
import type { MutationEngine } from '../../mutation/mutation-engine.js';
import { VARIANT_STATS_KEY } from '../../engines/llm/llm-engine.js';
import { checkRedisUrl } from '../../scale/check-redis-url.js';
import { RemoteIslandExecutor } from '../scale/remote-island-executor.js';
import { createEngines } from './create-engine.js';
import { executeRun } from './execute-run.js';
import { prepareDirectives } from './prepare-directives.js';
import { runExtras } from './run-extras.js';
import type { PreparedDirective } from './prepare-directives.js';
import type { RunOptions, RunOutcome } from './run-options.js';

/**
 * The run's sandbox, made before anything is written so that a run that would evaluate untrusted code (an LLM's, or a
 * directive's seed) where bubblewrap is missing and not opted out of is refused up front, not at its first test stage.
 */
function runSandbox(options: RunOptions, config: ForgeConfig, primary: MutationEngine, prepared: PreparedDirective[]): Sandbox {
  const sandbox = options.sandbox ?? createSandbox(sandboxOptionsFromConfig(config));
  // Scaled out, the controller runs no candidate: each worker's sandbox admits or refuses the jobs it takes.
  if (!options.redis && (primary.name !== 'gp' || prepared.some(({ directive }) => directive.seed !== undefined))) sandbox.admit('untrusted');
  return sandbox;
}

/** Starts a new run over one or more directive files: validates everything first, then forges. */
export async function startRun(options: RunOptions): Promise<RunOutcome> {
  const config = loadConfig(options.workDir);
  if (options.redis) checkRedisUrl(options.redis);
  const prepared = prepareDirectives(options.directiveFiles);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  // Scaled out, the offline engine's islands run on the workers too (bound to the run's session in executeRun).
  const islandExecutor = options.redis ? new RemoteIslandExecutor() : undefined;
  const engines = createEngines({ ...options, config, seed, islandExecutor });
  for (const { directive } of prepared) engines.primary.assertSupports(directive);
  // A misconfigured memory embedder is bad input, refused before anything is written.
  resolveEmbedder(config);
  const sandbox = runSandbox(options, config, engines.primary, prepared);
  mkdirSync(join(options.workDir, '.hephaestus'), { recursive: true });
  const registry = openRegistry(options.workDir);
  const run: RunRecord = {
    id: `run-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${randomUUID().slice(0, 6)}`,
    directiveIds: prepared.map((p) => p.directive.id),
    directiveFiles: prepared.map((p) => p.directive.file),
    engine: engines.primary.name,
    seed,
    status: 'running',
    startedAt: new Date().toISOString(),
    checkpoint: {},
    options: { engine: options.engine, cycles: options.cycles, budgetEvaluations: options.budgetEvaluations, wallSeconds: options.wallSeconds, recordFile: options.recordFile, replayFile: options.replayFile, autonomous: options.autonomous },
  };
  registry.createRun(run);
  return executeRun({ options: { ...options, sandbox }, config, registry, run, prepared, engines, islandExecutor, ...runExtras({ ...options, config, seed, islandExecutor }) });
}

/** Resumes a stopped or interrupted run (the latest one when no id is given) from its checkpoint. */
export async function resumeRun(options: Omit<RunOptions, 'directiveFiles'> & { runId?: string }): Promise<RunOutcome> {
  const config = loadConfig(options.workDir);
  if (options.redis) checkRedisUrl(options.redis);
  const registry = openRegistry(options.workDir);
  const runs = registry.listRuns();
  const run = options.runId ? registry.getRun(options.runId) : [...runs].reverse().find((r) => r.status === 'running' || r.status === 'stopped');
  if (!run) {
    registry.close();
    throw new HephaestusError('NOT_FOUND', options.runId ? `no run "${options.runId}" in the registry` : 'no stopped or interrupted run to resume');
  }
  if (run.status === 'completed') {
    registry.close();
    throw new HephaestusError('INVALID_INPUT', `run ${run.id} is already completed`, { field: 'run' });
  }
  const prepared = prepareDirectives(run.directiveFiles);
  const saved = run.options as Pick<RunOptions, 'engine' | 'cycles' | 'budgetEvaluations' | 'wallSeconds' | 'recordFile' | 'replayFile' | 'autonomous'>;
  // Flags given to `resume` override the run's own; flags left out keep what the run was started with.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const merged: RunOptions = { ...saved, ...given, workDir: options.workDir, directiveFiles: run.directiveFiles, seed: run.seed };
  // A run checkpointed before engine state was saved has its prompt-variant record only in its last event.
  const lastVariants = registry.listEvents({ runId: run.id, kind: VARIANT_STATS_KEY }).at(-1);
  if (lastVariants && run.engineState?.[VARIANT_STATS_KEY] === undefined) run.engineState = { ...run.engineState, [VARIANT_STATS_KEY]: lastVariants.data.stats };
  const islandExecutor = merged.redis ? new RemoteIslandExecutor() : undefined;
  const engines = createEngines({ ...merged, config, seed: run.seed, islandExecutor });
  let sandbox: Sandbox;
  try {
    sandbox = runSandbox(merged, config, engines.primary, prepared);
  } catch (error) {
    registry.close();
    throw error;
  }
  registry.updateRun(run.id, { status: 'running' });
  registry.recordEvent({ runId: run.id, kind: 'run-resumed', data: { checkpoint: run.checkpoint } });
  const extras = runExtras({ ...merged, config, seed: run.seed, islandExecutor });
  return executeRun({ options: { ...merged, sandbox }, config, registry, run: { ...run, status: 'running' }, prepared, engines, islandExecutor, ...extras });
}
