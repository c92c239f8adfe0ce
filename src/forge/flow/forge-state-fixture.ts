import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { forgeConfigSchema } from '../../config/config-schema.js';
import type { ForgeState } from './forge-state.js';
import { digitsCandidate, fizzDirective, fizzExamples } from '../../goal-proposer/goal-proposer-fixtures.js';
import { createGpEngine } from '../../engines/gp/gp-engine.js';
import { StopController } from '../kill-switches/stop-controller.js';
import { createLocalCodeEmbedder } from '../../memory/local-code-embedder.js';
import { openMemoryAt } from '../../memory/open-memory.js';
import { openRegistryAt } from '../../registry/open-registry.js';
import type { Registry } from '../../registry/registry.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';

/**
 * A real forge state for custodian tests: the fizz directive on disk, an in-memory registry and memory, the offline
 * engine, the process sandbox; the registry already holds the run, the directive and one evaluated candidate.
 */
export async function forgeStateFixture(config: Record<string, unknown> = {}): Promise<{ state: ForgeState; registry: Registry; close(): void }> {
  const directive = fizzDirective();
  const examples = fizzExamples();
  const registry = openRegistryAt(':memory:');
  const memory = openMemoryAt(':memory:', createLocalCodeEmbedder());
  const run = { id: 'run-1', directiveIds: ['fizz'], directiveFiles: [directive.file], engine: 'gp', seed: 1, status: 'running' as const, startedAt: new Date().toISOString(), checkpoint: {}, options: {} };
  registry.createRun(run);
  registry.upsertDirective({ id: 'fizz', file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), priority: 1, status: 'open' });
  const best = digitsCandidate(examples);
  registry.addCandidate(best);
  const parsed = forgeConfigSchema.parse({ gp: { population: 200 }, ...config });
  const workDir = dirname(directive.file);
  const state: ForgeState = {
    services: {
      workDir,
      registry,
      sandbox: createSandbox({ bwrap: 'off', allowUntrustedWithoutBwrap: true, maxOutputBytes: 65_536 }),
      stop: new StopController(),
      reloadConfig: () => parsed,
      stagingRoot: workDir,
      log: () => undefined,
      memory,
    },
    config: parsed,
    run,
    directive,
    examples,
    engine: createGpEngine(parsed.gp),
    engineState: {},
    budget: {},
    seed: 1,
    counters: { cycle: 3, evaluations: 3, executions: 0, inputTokens: 0, outputTokens: 0, usd: 0, candidates: 1, duplicates: 0, noveltyRejected: 0, cyclesWithoutImprovement: 0, executionsAtImprovement: 0, wallMsAtImprovement: 0, bestScore: best.score, startedAtMs: Date.now(), priorWallMs: 0 },
    parents: [],
    inspirations: [],
    items: [],
    best,
    solved: false,
  };
  const close = (): void => {
    memory.close();
    registry.close();
    rmSync(workDir, { recursive: true, force: true });
  };
  return { state, registry, close };
}
