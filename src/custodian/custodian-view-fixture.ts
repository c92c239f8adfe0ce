import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { forgeConfigSchema } from '../config/config-schema.js';
import { digitsCandidate, fizzDirective, fizzExamples } from '../goal-proposer/goal-proposer-fixtures.js';
import { openRegistryAt } from '../registry/open-registry.js';
import type { Registry } from '../registry/registry.js';
import { createCustodianState } from './custodian-state.js';
import type { CustodianHalt, CustodianView } from './custodian-view.js';

/** A custodian view whose reads a test may set, and which keeps what the custodian did. */
export type CustodianViewFixture = { -readonly [K in keyof CustodianView]: CustodianView[K] } & {
  /** The last halt asked for. */
  haltedWith?: CustodianHalt;
  /** Engines switched to, as `name:population/generations`. */
  engines: string[];
  /** Candidates promoted, in order. */
  promoted: string[];
};

/**
 * A view for custodian tests: the fizz directive on disk, an in-memory registry holding the run, the directive and one
 * evaluated candidate (the best), the offline engine at cycle 3.
 */
export function custodianViewFixture(config: Record<string, unknown> = {}): { view: CustodianViewFixture; registry: Registry; close(): void } {
  const directive = fizzDirective();
  const examples = fizzExamples();
  const registry = openRegistryAt(':memory:');
  registry.createRun({ id: 'run-1', directiveIds: ['fizz'], directiveFiles: [directive.file], engine: 'gp', seed: 1, status: 'running', startedAt: new Date().toISOString(), checkpoint: {}, options: {} });
  registry.upsertDirective({ id: 'fizz', file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), priority: 1, status: 'open' });
  const best = digitsCandidate(examples);
  registry.addCandidate(best);
  const view: CustodianViewFixture = {
    config: forgeConfigSchema.parse({ gp: { population: 200 }, ...config }),
    directive,
    examples,
    runId: 'run-1',
    workDir: dirname(directive.file),
    registry,
    cycle: 3,
    cyclesWithoutImprovement: 0,
    stagnationDue: true,
    best,
    solved: false,
    halted: false,
    seed: 1,
    engineName: 'gp',
    registered: [],
    custodian: createCustodianState(),
    signal: new AbortController().signal,
    haltOnDecompose: false,
    engines: [],
    promoted: [],
    switchEngine(name, engineConfig) {
      view.engines.push(`${name}:${engineConfig.gp.population}/${engineConfig.gp.generations_per_cycle}`);
      view.engineName = name;
      return true;
    },
    reseed(seed) {
      view.seed = seed;
    },
    // The forge's promote writes nodes/ (tested in src/forge/flow/custodian-view-of.test.ts); this one keeps the id and
    // the event that makes it the module to beat.
    promote(candidate) {
      view.promoted.push(candidate.id);
      if (candidate.status === 'solved') view.solved = true;
      const kind = candidate.status === 'solved' ? 'node-written' : 'kept-unsolved';
      registry.recordEvent({ runId: 'run-1', directiveId: 'fizz', candidateId: candidate.id, kind, data: { score: candidate.score } });
    },
    halt(halt) {
      view.halted = true;
      view.haltedWith = halt;
    },
    record(kind, data, candidateId) {
      registry.recordEvent({ runId: 'run-1', directiveId: 'fizz', candidateId, kind, data });
    },
    log: () => undefined,
  };
  const close = (): void => {
    registry.close();
    rmSync(view.workDir, { recursive: true, force: true });
  };
  return { view, registry, close };
}
