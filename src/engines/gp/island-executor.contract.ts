import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../../directive/directive.js';
import type { GpOptions, GpProblem, GpResult } from './gp-api.js';
import { Island } from './island.js';
import type { IslandExecutor } from './island-executor.js';
import type { IslandSetup } from './island-protocol.js';
import { runGp } from './run-gp.js';

/** An executor under test and how to release what it holds (a queue worker, a connection). */
export interface ExecutorUnderTest {
  executor: IslandExecutor;
  dispose(): Promise<void>;
}

function cases(n: number, seed: number): ExampleCase[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ((i * 37 + seed) % 41) - 20;
    const b = ((i * 53 + seed * 7) % 29) - 14;
    return { inputs: [a, b], outputs: [a * a * b - 3 * b + 11] };
  });
}

// Not solvable in the budget, so every epoch, migration and the final scoring run.
const problem: GpProblem = {
  params: [
    { name: 'a', type: 'int' },
    { name: 'b', type: 'int' },
  ],
  returns: ['int'],
  train: cases(24, 3),
  test: cases(20, 4),
};
const options: GpOptions = { seed: 11, maxExecutions: 40_000, population: 60, islands: 2, maxGenerations: 4, epochGenerations: 2, migrants: 3 };

/** The reference: each island in this thread, no thread or queue between run-gp and the island. */
const inThisThread: IslandExecutor = {
  open: (setups: IslandSetup[], stop: Int32Array) => setups.map((setup) => new Island(setup, 1, () => Atomics.load(stop, 0) !== 0)),
};

function comparable(result: GpResult): Omit<GpResult, 'wallMs' | 'executionsRun'> {
  const { wallMs: _wall, executionsRun: _ran, ...rest } = result;
  return rest;
}

/**
 * What every IslandExecutor promises run-gp: one handle per setup, and a search that ends exactly where the same
 * search ends with its islands in this thread (same programs, executions, generations and carried population), so
 * where the islands run never changes a seeded run.
 */
export function runIslandExecutorContract(name: string, make: () => Promise<ExecutorUnderTest>): void {
  describe(`${name}: island executor contract`, () => {
    it('opens one handle per island setup, each of which can be closed', async () => {
      const { executor, dispose } = await make();
      const stop = new Int32Array(new SharedArrayBuffer(4));
      const setup: IslandSetup = { problem, seed: 1, population: 10, selection: 'lexicase', selectionCases: Int32Array.from([0, 1]), testOrder: Int32Array.from([0]), migrants: 0 };
      const handles = executor.open([setup, { ...setup, seed: 2 }, { ...setup, seed: 3 }], stop);
      expect(handles).toHaveLength(3);
      await Promise.all(handles.map((h) => h.close()));
      await dispose();
    }, 60_000);

    it('ends a seeded search exactly where the same search ends with its islands in this thread', async () => {
      const reference = await runGp(problem, { ...options, islandExecutor: inThisThread });
      expect(reference.generations).toBeGreaterThan(2);
      const { executor, dispose } = await make();
      try {
        const result = await runGp(problem, { ...options, islandExecutor: executor });
        expect(comparable(result)).toEqual(comparable(reference));
      } finally {
        await dispose();
      }
    }, 120_000);

    it('stays within the budget and carries a population a later search can continue from', async () => {
      const { executor, dispose } = await make();
      try {
        const first = await runGp(problem, { ...options, islandExecutor: executor });
        expect(first.executions).toBeLessThanOrEqual(options.maxExecutions + options.population!);
        expect(first.population.length).toBeGreaterThan(0);
        const next = await runGp(problem, { ...options, seed: 12, carryOver: first.population, islandState: first.islandState, islandExecutor: executor });
        const fresh = await runGp(problem, { ...options, seed: 12, islandExecutor: inThisThread });
        expect(next.executions).toBeGreaterThan(0);
        expect(comparable(next)).not.toEqual(comparable(fresh));
      } finally {
        await dispose();
      }
    }, 120_000);
  });
}
