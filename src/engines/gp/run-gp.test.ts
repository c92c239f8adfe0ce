import { describe, expect, it, vi } from 'vitest';
import type { ExampleCase } from '../../directive/directive.js';
import { EvalPool } from './eval-pool.js';
import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { parseSeeds } from './initial-population.js';
import { runGp } from './run-gp.js';

function cases(n: number, seed: number, f: (a: number, b: number) => unknown): ExampleCase[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ((i * 37 + seed) % 41) - 20;
    const b = ((i * 53 + seed * 7) % 29) - 14;
    return { inputs: [a, b], outputs: [f(a, b)] };
  });
}

const addTwo: GpProblem = {
  name: 'add',
  params: [
    { name: 'a', type: 'int' },
    { name: 'b', type: 'int' },
  ],
  returns: ['int'],
  train: cases(40, 1, (a, b) => a + b),
  test: cases(100, 2, (a, b) => a + b),
};

const words = ['', 'a', 'hello', 'forge', 'typed GP', 'lexicase', 'xyz!', 'mutation engine'];
const strLength: GpProblem = {
  params: [{ name: 's', type: 'string' }],
  returns: ['int'],
  train: words.map((w) => ({ inputs: [w], outputs: [w.length] })),
  test: ['abc', 'sixsix', ''].map((w) => ({ inputs: [w], outputs: [w.length] })),
};

describe('runGp', () => {
  it('solves adding two integers quickly and returns a readable module', async () => {
    const result = await runGp(addTwo, { seed: 1, maxExecutions: 2_000_000, population: 200, workers: 1 });
    expect(result.solved).toBe(true);
    expect(result.trainPassed).toBe(40);
    expect(result.testPassed).toBe(100);
    expect(result.code).toMatch(/export default function add\(a: number, b: number\): number \{/);
    expect(result.code).toMatch(/return a \+ b;|return b \+ a;/);
  });

  it('solves string length', async () => {
    const result = await runGp(strLength, { seed: 2, maxExecutions: 1_000_000, population: 200, workers: 1 });
    expect(result.solved).toBe(true);
    expect(result.code).toContain('return s.length;');
  });

  it('uses an extra primitive of the directive and imports it in the emitted module', async () => {
    const secret = (x: number): number => x * x * x - 7 * x + 3;
    const problem: GpProblem = {
      ...addTwo,
      train: cases(30, 5, (a, b) => secret(a) + b),
      test: cases(30, 6, (a, b) => secret(a) + b),
      extraPrimitives: [{ name: 'secret', params: ['int'], returns: 'int', fn: secret as (...args: never[]) => unknown, importFrom: './secret.js' }],
    };
    const result = await runGp(problem, { seed: 3, maxExecutions: 2_000_000, population: 200, workers: 2 });
    expect(result.solved).toBe(true);
    expect(result.code).toContain('import secret from "./secret.js";');
    expect(result.code).toMatch(/secret\(a\)/);
  });

  it('is deterministic for a seed, whatever the number of workers of a single population', async () => {
    const hard: GpProblem = { ...addTwo, train: cases(40, 3, (a, b) => a * a - 3 * b), test: cases(50, 4, (a, b) => a * a - 3 * b) };
    const options = { seed: 5, maxExecutions: 60_000, population: 100, maxGenerations: 6, islands: 1 };
    const one = await runGp(hard, { ...options, workers: 1 });
    const two = await runGp(hard, { ...options, workers: 2 });
    expect(two.code).toBe(one.code);
    expect(two.executions).toBe(one.executions);
    expect(two.elites).toEqual(one.elites);
  });

  it('continues a search from a carried-over population', async () => {
    const hard: GpProblem = { ...addTwo, train: cases(40, 3, (a, b) => a * a - 3 * b), test: cases(50, 4, (a, b) => a * a - 3 * b) };
    const options = { seed: 6, maxExecutions: 60_000, population: 80, maxGenerations: 2, workers: 1 };
    const first = await runGp(hard, options);
    expect(first.population).toHaveLength(80);
    const fresh = await runGp(hard, { ...options, seed: 7 });
    const continued = await runGp(hard, { ...options, seed: 7, carryOver: first.population });
    expect(continued.population).toHaveLength(80);
    // Elites rank by test cases passed, then train cases passed, then total error (run-gp.ts), so the carried best, or a
    // program ranking above it, is among them; the result does not report test cases passed, so train ones stand in.
    const best = first.elites[0];
    expect(continued.elites.some((e) => e.trainPassed > best.trainPassed || (e.trainPassed === best.trainPassed && e.totalError <= best.totalError))).toBe(true);
    expect(continued.code === fresh.code && continued.executions === fresh.executions && continued.elites[0].totalError === fresh.elites[0].totalError).toBe(false);
  });

  it('stops after the current generation when aborted, with plain lexicase too', async () => {
    const controller = new AbortController();
    controller.abort();
    const hard = { ...addTwo, train: cases(40, 3, (a, b) => a * a * b - 11), test: [] };
    const result = await runGp(hard, { seed: 4, maxExecutions: 10_000_000, population: 50, workers: 1, selection: 'lexicase', signal: controller.signal });
    expect(result.generations).toBe(1);
    expect(result.executions).toBeLessThan(50 * 40 * 3);
  });

  it('respects the execution budget and reports each generation', async () => {
    const summaries: number[] = [];
    const result = await runGp(
      { ...addTwo, train: cases(40, 3, (a, b) => (a * 7) % (b || 1)) },
      { seed: 9, maxExecutions: 30_000, population: 100, workers: 1, onGeneration: (g) => summaries.push(g.executions) },
    );
    expect(result.executions).toBeLessThanOrEqual(30_000 + 20 * 140);
    expect(summaries.length).toBe(result.generations);
    expect(summaries).toEqual([...summaries].sort((a, b) => a - b));
  });

  it('keeps searching after a solution until the budget is spent when asked to (a full-budget benchmark)', async () => {
    const options = { seed: 2, maxExecutions: 150_000, population: 100, islands: 1, workers: 1 };
    const stops = await runGp(strLength, options);
    const keeps = await runGp(strLength, { ...options, keepSearching: true });
    expect(stops.solved && keeps.solved).toBe(true);
    expect(stops.executions).toBeLessThan(50_000);
    expect(keeps.executions).toBeGreaterThan(150_000 - 100 * 8 * 4);
    expect(keeps.executions).toBeLessThan(151_000); // the solution's final scoring comes after the search
    expect(keeps.generations).toBeGreaterThan(stops.generations);
  });

  it('releases its evaluation pool and abort listener when its islands cannot be opened', async () => {
    const closed = vi.spyOn(EvalPool.prototype, 'close');
    const signal = new AbortController().signal;
    const removed = vi.spyOn(signal, 'removeEventListener');
    const failing = { open: () => { throw new Error('no island today'); } };
    await expect(runGp(addTwo, { seed: 1, maxExecutions: 10_000, population: 20, islands: 2, islandExecutor: failing, signal })).rejects.toThrow('no island today');
    const closes = closed.mock.calls.length;
    closed.mockRestore();
    expect(closes).toBe(1);
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('starts from seed trees its caller parsed as it would from their code (the engine parses its seeds once)', async () => {
    const short = { seed: 4, maxExecutions: 20_000, population: 30, islands: 1, maxGenerations: 2 };
    const code = (await runGp(strLength, short)).code;
    const [tree] = parseSeeds(new GpContext(strLength), [code]);
    const { wallMs: _a, ...fromCode } = await runGp({ ...strLength, seedPrograms: [code] }, { ...short, seed: 5 });
    const { wallMs: _b, ...fromTrees } = await runGp(strLength, { ...short, seed: 5, seedTrees: [tree] });
    const { wallMs: _c, ...unseeded } = await runGp(strLength, { ...short, seed: 5 });
    expect(fromTrees).toEqual(fromCode);
    expect(fromTrees).not.toEqual(unseeded);
  });
});
