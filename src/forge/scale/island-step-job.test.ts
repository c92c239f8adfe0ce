import { describe, expect, it } from 'vitest';
import type { GpProblem } from '../../engines/gp/gp-api.js';
import type { IslandSetup } from '../../engines/gp/island-protocol.js';
import { islandStepPayload, runIslandStepJob, type IslandStepPayload } from './island-step-job.js';

const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [Math.abs(x - 7) * 3 + (x % 4)] }));
const problem: GpProblem = { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([0, 1, 5, 9, 12, -4, 30, 7]), test: cases([2, 41]) };
const setup: IslandSetup = { problem, seed: 5, population: 20, selection: 'lexicase', selectionCases: Int32Array.from([0, 1, 2, 3, 4, 5]), testOrder: Int32Array.from([0, 1]), migrants: 2 };
const epoch = (generations: number) => ({ kind: 'epoch' as const, order: { generations, allowance: 10 ** 9, immigrants: [] } });
const first = islandStepPayload({ setup, start: { carried: [], enumerated: [] }, stop: false, action: epoch(1) });

/** A second step continuing from the first one's snapshot, as the controller sends it, with `patch` forging it. */
async function next(patch: (step: IslandStepPayload) => void): Promise<IslandStepPayload> {
  const result = await runIslandStepJob(structuredClone(first));
  if (result.kind !== 'epoch') throw new Error('an epoch step finished');
  const step: IslandStepPayload = JSON.parse(JSON.stringify({ ...first, start: undefined, from: result.snapshot }));
  patch(step);
  return step;
}

// Whoever can write to Redis can queue a step: a forged one must fail at once with its reason, before it holds the worker.
describe('runIslandStepJob', () => {
  it('runs a step continued from a snapshot as sent', async () => {
    const step = await next(() => undefined);
    expect(step.from?.errors).toHaveLength(20);
    const result = await runIslandStepJob(step);
    expect(result.kind === 'epoch' && result.snapshot.generation).toBe(2);
  });

  it('carries keepSearching to the worker and refuses it when it is not a boolean', async () => {
    const keeps = islandStepPayload({ setup: { ...setup, keepSearching: true }, start: { carried: [], enumerated: [] }, stop: false, action: epoch(1) });
    expect(JSON.parse(JSON.stringify(keeps)).setup.keepSearching).toBe(true);
    expect((await runIslandStepJob(structuredClone(keeps))).kind).toBe('epoch');
    await expect(runIslandStepJob({ ...keeps, setup: { ...keeps.setup, keepSearching: 'yes' as unknown as boolean } })).rejects.toThrow();
  });

  it('refuses error rows that do not match the population and its cases', async () => {
    const refused = 'refused: its error rows do not match its population and cases';
    await expect(runIslandStepJob(await next((s) => s.from?.errors?.pop()))).rejects.toThrow(refused);
    await expect(runIslandStepJob(await next((s) => s.from?.errors?.[3].push(0)))).rejects.toThrow(refused);
    await expect(runIslandStepJob(await next((s) => s.from?.errors?.forEach((row) => row.push(...Array<number>(100).fill(0)))))).rejects.toThrow(refused);
    await expect(runIslandStepJob(await next((s) => s.from?.errors?.[0].fill(-1)))).rejects.toThrow(refused);
    await expect(runIslandStepJob(await next((s) => s.from?.errors?.[0].fill(Number.NaN)))).rejects.toThrow(/refused/);
    await expect(runIslandStepJob(await next((s) => s.from && (s.from.errors = [])))).rejects.toThrow(refused);
  });

  it('refuses a snapshot population larger than the island, or more immigrants than it holds', async () => {
    await expect(runIslandStepJob(await next((s) => s.from?.population.push(...s.from.population)))).rejects.toThrow('refused: its population is larger than the island');
    const crowd = Array.from({ length: 21 }, () => ({ lets: [], outs: [{ kind: 'const' as const, type: 'int' as const, value: 1 }] }));
    await expect(runIslandStepJob({ ...first, action: { kind: 'epoch', order: { ...epoch(1).order, immigrants: crowd } } })).rejects.toThrow('refused: it sends more programs than the island holds');
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, migrants: 21 } })).rejects.toThrow('refused: it asks for more migrants than the island holds');
  });

  it('refuses an epoch of a huge number of generations, or an unbounded allowance', async () => {
    await expect(runIslandStepJob({ ...first, action: epoch(10 ** 9) })).rejects.toThrow(/refused: .* at action\.order\.generations/);
    await expect(runIslandStepJob({ ...first, action: { kind: 'epoch', order: { ...epoch(1).order, allowance: 1e300 } } })).rejects.toThrow(/refused: .* at action\.order\.allowance/);
  });

  it('refuses case indices outside the problem and cases that do not fit its signature', async () => {
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, selectionCases: [0, 8] } })).rejects.toThrow('refused: a case index lies outside the problem');
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, testOrder: [2] } })).rejects.toThrow('refused: a case index lies outside the problem');
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, selectionCases: [-1] } })).rejects.toThrow(/refused: .* at setup\.selectionCases\.0/);
    const short = { ...first.setup.problem, train: [...first.setup.problem.train, { inputs: [1], outputs: [1] }] };
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, problem: short } })).rejects.toThrow("refused: a case's inputs or outputs do not match");
  });

  it('refuses an oversized payload before parsing it: too many cases, or too many characters in all', async () => {
    const many = { ...first.setup.problem, train: Array.from({ length: 100_001 }, () => ({ inputs: [1, 2], outputs: [3] })) };
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, problem: many } })).rejects.toThrow(/refused: .* at setup\.problem\.train/);
    const long = { ...first.setup.problem, seedPrograms: Array.from({ length: 70 }, () => 'x'.repeat(2 ** 20)) };
    await expect(runIslandStepJob({ ...first, setup: { ...first.setup, problem: long } })).rejects.toThrow(`refused: the island step is larger than ${64 * 2 ** 20} characters`);
  });
});
