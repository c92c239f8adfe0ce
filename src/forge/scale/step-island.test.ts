import { describe, expect, it } from 'vitest';
import type { GpOptions, GpProblem } from '../../engines/gp/gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { parseSeeds } from '../../engines/gp/initial-population.js';
import type { IslandExecutor } from '../../engines/gp/island-executor.js';
import type { IslandSetup } from '../../engines/gp/island-protocol.js';
import { runGp } from '../../engines/gp/run-gp.js';
import { threadIslandExecutor } from '../../engines/gp/thread-island-executor.js';
import { islandStepPayload, runIslandStepJob } from './island-step-job.js';
import { StepIsland, type StepRunner } from './step-island.js';

const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [Math.abs(x - 7) * 3 + (x % 4)] }));
const problem: GpProblem = { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([0, 1, 5, 9, 12, -4, 30, 7, 3, 18, 22, -9]), test: cases([2, 100, 41]) };
const options: GpOptions = { seed: 11, maxExecutions: 60_000, population: 80, islands: 2, maxGenerations: 9, epochGenerations: 3, migrants: 4 };
// Each step crosses as JSON both ways, as on the queue, and runs as a worker runs it.
const overJson: StepRunner = async (step) => JSON.parse(JSON.stringify(await runIslandStepJob(JSON.parse(JSON.stringify(islandStepPayload(step))))));
const executorOf = (run: StepRunner): IslandExecutor => ({ open: (setups, stop) => setups.map((setup) => new StepIsland(setup, stop, run, async () => undefined)) });
const comparable = ({ wallMs: _wall, executionsRun: _ran, ...rest }: Awaited<ReturnType<typeof runGp>>) => rest;

// Island steps run away from the controller, one snapshot at a time, against the same islands in worker threads.
describe('StepIsland', () => {
  it('continues an island from its snapshot exactly: the same search, population and executions as in threads', async () => {
    const threads = await runGp(problem, { ...options, islandExecutor: threadIslandExecutor });
    const steps = await runGp(problem, { ...options, islandExecutor: executorOf(overJson) });
    expect(threads.generations).toBe(9);
    expect(comparable(steps)).toEqual(comparable(threads));
    // A single population: bred in this thread without an executor, in steps with one.
    const here = await runGp(problem, { ...options, islands: 1 });
    expect(comparable(await runGp(problem, { ...options, islands: 1, islandExecutor: executorOf(overJson) }))).toEqual(comparable(here));
  }, 60_000);

  it('hands seed programs to islands in threads as parsed trees and to workers as code: the same search either way', async () => {
    const seeded = { ...problem, seedPrograms: [(await runGp(problem, { ...options, maxGenerations: 3 })).code] };
    // A seed the engine could not read would make this compare two unseeded searches.
    expect(parseSeeds(new GpContext(seeded), seeded.seedPrograms)).toHaveLength(1);
    const short = { ...options, maxGenerations: 6 };
    const threads = await runGp(seeded, { ...short, islandExecutor: threadIslandExecutor });
    expect(comparable(await runGp(seeded, { ...short, islandExecutor: executorOf(overJson) }))).toEqual(comparable(threads));
  }, 60_000);

  it('refuses a result with a forged program, or more executions than the epoch could spend', async () => {
    const forge = (patch: (result: { kind: string; report?: { executions: number }; snapshot?: { executions: number; population: { outs: unknown[] }[] } }) => void): StepRunner => async (step, key) => {
      const result = await overJson(step, key);
      patch(result as Parameters<typeof patch>[0]);
      return result;
    };
    const injected = forge((r) => r.snapshot && (r.snapshot.population[0].outs = [{ kind: 'var', type: 'int', name: 'process.exit(3)' }]));
    await expect(runGp(problem, { ...options, islandExecutor: executorOf(injected) })).rejects.toThrow("island step result refused: program 0 is not one of this problem's programs");
    const inflated = forge((r) => r.report && r.snapshot && (r.report.executions = r.snapshot.executions = 10 ** 9));
    await expect(runGp(problem, { ...options, islandExecutor: executorOf(inflated) })).rejects.toThrow(/island step result refused: its executions \(1000000000\) lie outside/);
    const shapeless = forge((r) => r.snapshot && Object.assign(r.snapshot, { extra: 'field' }));
    await expect(runGp(problem, { ...options, islandExecutor: executorOf(shapeless) })).rejects.toThrow(/island step result refused/);
  }, 60_000);

  it('does not take a worker’s word that a program solves the problem: the controller scores it first', async () => {
    // A well-formed program that solves nothing, claimed by the first step as the island's solution.
    const claim: StepRunner = async (step, key) => {
      const result = (await overJson(step, key)) as { kind: string; report?: { solution?: unknown }; snapshot?: { population: unknown[] } };
      if (result.report && result.snapshot) result.report.solution = { individual: { lets: [], outs: [{ kind: 'const', type: 'int', value: 0 }] }, totalError: 0, trainPassed: 12, testPassed: 3 };
      return result;
    };
    const result = await runGp(problem, { ...options, islandExecutor: executorOf(claim) });
    expect(result.solved).toBe(false);
    expect(result.trainPassed).toBeLessThan(12);
  }, 60_000);

  it('has a worker refuse a job whose programs are not the engine’s own', async () => {
    const setup: IslandSetup = { problem, seed: 1, population: 10, selection: 'lexicase', selectionCases: Int32Array.from([0, 1]), testOrder: Int32Array.from([0]), migrants: 0 };
    const step = islandStepPayload({ setup, start: { carried: [{ lets: [], outs: [{ kind: 'call', prim: 'constructor', type: 'int', kids: [] }] }], enumerated: [] }, stop: false, action: { kind: 'finish' } });
    await expect(runIslandStepJob(step)).rejects.toThrow("refused: program 0 of the island step is not one of this problem's programs");
    await expect(runIslandStepJob({ ...step, setup: { ...step.setup, selectionCases: [99] } })).rejects.toThrow('refused: a case index lies outside the problem');
  });
});
