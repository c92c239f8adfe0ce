import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../../directive/directive.js';
import { CONDITIONAL_LIMITS } from '../../synthesis/conditional-seed.js';
import { UNIFY_LIMITS } from '../../synthesis/unify-conditional.js';
import type { GpProblem, IslandRestart } from './gp-api.js';
import { SEED_CASES, SEED_ENUMERATION } from '../../synthesis/enumeration-seeds.js';
import { runGp } from './run-gp.js';
import { RECURRENCE_SHARE } from '../../synthesis/recurrence-seed.js';
import { MEANS_SHARE } from '../../synthesis/aggregate-seed.js';

function cases(n: number, seed: number, f: (a: number, b: number) => number): ExampleCase[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ((i * 37 + seed) % 41) - 20;
    const b = ((i * 53 + seed * 7) % 29) - 14;
    return { inputs: [a, b], outputs: [f(a, b)] };
  });
}

const hard: GpProblem = {
  params: [
    { name: 'a', type: 'int' },
    { name: 'b', type: 'int' },
  ],
  returns: ['int'],
  train: cases(40, 3, (a, b) => a * a * b - 3 * b + 11),
  test: cases(50, 4, (a, b) => a * a * b - 3 * b + 11),
};

describe('runGp with islands in worker threads', () => {
  it('gives the same result for the same seed and island count', async () => {
    const options = { seed: 5, maxExecutions: 80_000, population: 100, islands: 2, epochGenerations: 2, migrants: 3 };
    const one = await runGp(hard, options);
    const two = await runGp(hard, options);
    expect(two.code).toBe(one.code);
    expect(two.executions).toBe(one.executions);
    expect(two.generations).toBe(one.generations);
    expect(two.elites).toEqual(one.elites);
  });

  it('never lets the islands pass the budget, and restarts a stagnating island', async () => {
    const seen: number[] = [];
    const restarts: IslandRestart[] = [];
    const result = await runGp(hard, {
      seed: 9,
      maxExecutions: 60_000,
      population: 60,
      islands: 3,
      epochGenerations: 1,
      restartAfter: 1,
      onGeneration: (g) => seen.push(g.executions),
      onRestart: (r) => restarts.push(r),
    });
    expect(seen.length).toBe(result.generations);
    expect(Math.max(...seen)).toBeLessThanOrEqual(60_000);
    // What the search leaves for the final ranking (leaders and elites scored on every train case) comes on top.
    expect(result.executions).toBeLessThanOrEqual(60_000 + 3 * 10 * 40 + 6 * 40 * 4);
    expect(restarts.length).toBeGreaterThan(0);
    expect(restarts[0].island).toBeLessThan(3);
  });

  it('stops promptly when aborted during the search', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const result = await runGp(hard, {
      seed: 4,
      maxExecutions: 50_000_000,
      population: 100,
      islands: 2,
      signal: controller.signal,
      onGeneration: (g) => g.generation === 2 && controller.abort(),
    });
    expect(result.solved).toBe(false);
    expect(result.generations).toBeLessThanOrEqual(5);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('hands back the islands’ populations and takes them back split across islands', async () => {
    const options = { seed: 6, maxExecutions: 60_000, population: 80, maxGenerations: 2, islands: 2 };
    const first = await runGp(hard, options);
    expect(first.population).toHaveLength(80);
    expect(first.islandState).toHaveLength(2);
    const continued = await runGp(hard, { ...options, seed: 7, carryOver: first.population, islandState: first.islandState });
    expect(continued.population).toHaveLength(80);
    // Elites are ranked by cases passed before total error, so the first one's error may be the larger: some elite
    // of the continued search is at least as close as the first search's best.
    expect(Math.min(...continued.elites.map((e) => e.totalError))).toBeLessThanOrEqual(first.elites[0].totalError);
    const single = await runGp(hard, { ...options, islands: 1, carryOver: first.population });
    expect(single.population).toHaveLength(80);
    const uneven = await runGp(hard, { ...options, population: 45, islands: 2, carryOver: first.population });
    expect(uneven.population).toHaveLength(45);
  });

  it('hands back its enumerated seeds, and a continued search restarts from those instead of enumerating again', async () => {
    const options = { maxExecutions: 60_000, population: 60, islands: 3, epochGenerations: 1, restartAfter: 1, maxGenerations: 3 };
    const first = await runGp(hard, { ...options, seed: 9 });
    expect(first.enumerated?.length).toBeGreaterThan(0);
    const carried = { ...options, seed: 10, maxGenerations: 6, carryOver: first.population, islandState: first.islandState };
    const restarted = { again: 0, reused: 0 };
    const again = await runGp(hard, { ...carried, onRestart: () => restarted.again++ });
    const reused = await runGp(hard, { ...carried, enumerated: first.enumerated, onRestart: () => restarted.reused++ });
    // Both continued searches restarted islands (from enumerated seeds); only the one not given them enumerated, and
    // paid for it: the same number of generations, so it spent more.
    expect(restarted.again).toBeGreaterThan(0);
    expect(restarted.reused).toBeGreaterThan(0);
    expect(again.enumerated?.length).toBeGreaterThan(0);
    expect(again.enumerated).not.toBe(first.enumerated);
    expect(reused.enumerated).toBe(first.enumerated);
    expect(reused.executions).toBeLessThan(again.executions);
  });

  it('starts islands from the small enumeration when the budget pays for more, and runs its own on the first restart', { timeout: 180_000 }, async () => {
    const options = { seed: 3, maxExecutions: 60_000_000, population: 60, islands: 2, epochGenerations: 1, restartAfter: 1 };
    const small = SEED_ENUMERATION.maxCandidates * SEED_CASES;
    // No restart yet: the islands started from the small enumeration, and nothing is kept for a later cycle.
    const quick = await runGp(hard, { ...options, maxGenerations: 1 });
    expect(quick.enumerated).toBeUndefined();
    // The small enumeration, the conditions enumerated for a conditional (a tenth of the run's share, at most 40 k
    // candidates on up to 30 cases), aggregate deduction (as many executions as the enumeration, its checks on every
    // case on top, then the folds and the last tier of pairs and parameter lists half as many again each), a two-term
    // recurrence (a tenth of the enumeration's executions) and one generation.
    const conditions = CONDITIONAL_LIMITS.conditions * UNIFY_LIMITS.maxCases;
    const aggregates = small * (1.1 + 2 * MEANS_SHARE) + small / RECURRENCE_SHARE;
    expect(quick.executions).toBeLessThan(small + conditions + aggregates + 60 * 40 * 4);
    // A stagnating island restarts from the budget's own, larger enumeration, which is handed back.
    const restarts: IslandRestart[] = [];
    const deep = await runGp(hard, { ...options, maxGenerations: 8, onRestart: (r) => restarts.push(r) });
    expect(restarts.length).toBeGreaterThan(0);
    expect(deep.enumerated?.length).toBeGreaterThan(0);
    expect(deep.executions).toBeGreaterThan(quick.executions + 2 * small);
    // When what is left by then pays for no more than the small one (13 M: 325 k candidates at the start, under 300 k
    // once the small one's ~1.8 M are spent), the islands' first seeds are kept, not enumerated a second time.
    const tight = await runGp(hard, { ...options, maxExecutions: 13_000_000, maxGenerations: 8 });
    expect(tight.enumerated?.length).toBeGreaterThan(0);
    expect(tight.executions).toBeLessThan(small + conditions + aggregates + 8 * 60 * 40 * 2);
    // A single population never restarts: it runs the budget's enumeration first.
    const single = await runGp(hard, { ...options, islands: 1, maxGenerations: 1 });
    expect(single.enumerated?.length).toBeGreaterThan(0);
    expect(single.executions).toBeGreaterThan(small);
  });
});
