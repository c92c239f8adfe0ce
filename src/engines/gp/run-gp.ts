import { emitModuleFor } from './emit-module.js';
import { EvalPool } from './eval-pool.js';
import { problemCaseSets } from '../../programs/evaluate-programs.js';
import { deepens, enumerationSeeds, SEED_ENUMERATION, seedCandidates } from '../../synthesis/enumeration-seeds.js';
import { Evaluator } from './evaluator.js';
import type { Scored } from './full-score.js';
import { fullScore } from './full-score.js';
import type { GpOptions, GpProblem, GpResult } from './gp-api.js';
import { trainCaseCount } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { parseSeeds } from './initial-population.js';
import { Island } from './island.js';
import { islandCount } from './island-count.js';
import type { IslandHandle, IslandSetup } from './island-protocol.js';
import type { Individual } from '../../programs/program-tree.js';
import { Rng } from '../../util/rng.js';
import type { IslandSettings } from './run-islands.js';
import { runIslands } from './run-islands.js';
import { simplify } from './simplify.js';
import { splitLongLines } from './split-long-lines.js';
import { threadIslandExecutor } from './thread-island-executor.js';
import { tidy } from './tidy.js';
import { generalizedConstants } from './generalize-constants.js';
import { timePhase } from '../../util/phase-times.js';
import { probeOrder, validationSplit } from './validation-split.js';

/** Share of a fresh population seeded by the bottom-up enumeration. */
const ENUMERATED_SHARE = 0.05;

/** Island links by default (GpOptions and the `gp` section of forge_config.json can change the first three). */
const ISLAND_DEFAULTS: IslandSettings = { epochGenerations: 5, migrants: 10, restartAfter: 6, restartElites: 3 };

/** The i-th of n nearly equal slices of a list (a carried-over population shared out among islands). */
function slice<T>(items: T[], i: number, n: number): T[] {
  return items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n));
}

/** Whether a rewritten program scores at least as well as the original on every count. */
const noWorse = (a: Scored, b: Scored): boolean => a.trainPassed >= b.trainPassed && a.testPassed >= b.testPassed && a.totalError <= b.totalError;

/**
 * The program as it will be read: tidied, long lines split; a solution's literal bound the cases' sizes fit made an
 * expression of the inputs first (the first such rewrite scoring as well: up to 24 full scorings, paid once a run, not
 * for every elite of every cycle); each step kept only if it scores no worse.
 */
async function polish(ctx: GpContext, ev: Evaluator, s: Scored, testOrder: Int32Array, generalize = false): Promise<Scored> {
  const rewrites = generalize ? generalizedConstants(ctx, s.individual) : [];
  const general = (rewrites.length > 0 ? (await fullScore(ev, rewrites, testOrder)).find((r) => noWorse(r, s)) : undefined) ?? s;
  const tidied = tidy(ctx, general.individual);
  const [split, plain] = await fullScore(ev, [splitLongLines(ctx, tidied), tidied], testOrder);
  return noWorse(split, general) ? split : noWorse(plain, general) ? plain : general;
}

/**
 * Runs typed GP with (down-sampled, epsilon-) lexicase selection until a program passes all train and test cases or the
 * budget ends: one population in this thread, or islands (in worker threads, or wherever `islandExecutor` runs them)
 * linked by migration (see run-islands.ts).
 */
export async function runGp(problem: GpProblem, options: GpOptions): Promise<GpResult> {
  const started = performance.now();
  const ctx = new GpContext(problem);
  const rng = new Rng(options.seed);
  const count = islandCount(problem, options);
  const total = options.population ?? 1000;
  // Island i holds one of n nearly equal shares, so the islands together hold exactly the population asked for.
  const share = (i: number): number => Math.floor(total / count) + (i < total % count ? 1 : 0);
  const population = share(count - 1);
  const settings: IslandSettings = {
    epochGenerations: options.epochGenerations ?? ISLAND_DEFAULTS.epochGenerations,
    migrants: Math.min(population, options.migrants ?? ISLAND_DEFAULTS.migrants),
    restartAfter: options.restartAfter ?? ISLAND_DEFAULTS.restartAfter,
    restartElites: ISLAND_DEFAULTS.restartElites,
  };
  // The controller's own evaluations (enumeration, simplification, polish) run in this thread; a tests directive's
  // test files run in evaluation workers, where a rejection a test leaves unawaited cannot end this process.
  // A tests directive's tests (and their assertions) are train cases after its examples; selection always sees them.
  const trainTotal = trainCaseCount(problem);
  const testTotal = problem.test.length;
  const split = validationSplit(problem.train, rng);
  const selectable = Int32Array.from([...split.selection, ...Array.from({ length: trainTotal - problem.train.length }, (_, t) => problem.train.length + t)]);
  const testOrder = probeOrder(problem.train, problem.test);
  const seedTrees = options.seedTrees ?? parseSeeds(ctx, problem.seedPrograms ?? []);
  const setup = (i: number): IslandSetup => ({
    problem,
    seed: (options.seed + Math.imul(0x9e3779b9, i)) >>> 0,
    population: share(i),
    selection: options.selection ?? 'downsampled-lexicase',
    selectionCases: selectable,
    testOrder,
    migrants: count > 1 ? settings.migrants : 0,
    seeds: seedTrees,
    keepSearching: options.keepSearching,
  });
  // Everything from here to the try is plain data, so nothing can throw between taking the pool and the listener and
  // the finally that releases them.
  const pool = new EvalPool(problemCaseSets(problem, ctx.returns), problem.tests ? (options.workers ?? 0) : 1, problem.extraPrimitives);
  const ev = new Evaluator(ctx, pool, { train: trainTotal, test: problem.test.length });
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const onAbort = (): void => void Atomics.store(stop, 0, 1);
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) onAbort();
  // A single population stays in this thread unless an executor was given; extra primitives' functions never leave it.
  const here = (problem.extraPrimitives?.length ?? 0) > 0 || (count === 1 && !options.islandExecutor);
  const setups = Array.from({ length: count }, (_, i) => setup(i));
  let islands: IslandHandle[] = [];
  // Seeds from the bottom-up enumeration. A budget that can pay for more than the small enumeration (see seedLimits)
  // starts the islands from the small one and runs a larger one, sized by what is left then, on the first island that
  // stagnates, so a problem GP solves quickly never waits for it; a single population, which never restarts, runs it
  // first. A continued search (a forge run's later cycles, which already hold what the small one would find)
  // enumerates on its first restart only.
  const selectionCases = rng.shuffled([...split.selection]).map((i) => problem.train[i]);
  const deferLarger = count > 1 && settings.restartAfter > 0 && deepens(seedCandidates(options.maxExecutions, selectionCases.length));
  // A continued search brings the seeds its full enumeration found, for the same problem (the caller checks):
  // enumerating again would spend the enumeration's share of the budget a second time. They were chosen on that cycle's
  // selection cases, some of which a later cycle's split may hold back for validation; the test cases, which decide
  // "solved", are never seen by either.
  let enumerated = options.enumerated as Individual[] | undefined;
  const enumerate = (left: number, most: number): Individual[] => {
    // A stopped search needs none, and keeps none: the next one enumerates.
    if (options.signal?.aborted) return [];
    const share = seedCandidates(left, selectionCases.length);
    const found = enumerationSeeds(ctx, selectionCases, Math.round(population * ENUMERATED_SHARE), Math.min(most, share), share / 10);
    ev.executions += found.executions;
    return found.seeds;
  };
  let quick: Individual[] | undefined;
  const seeds = (left: number): Individual[] => {
    if (enumerated) return enumerated;
    // What is left by the first restart may no longer pay for more than the small enumeration the islands started from.
    if (quick && !deepens(seedCandidates(left, selectionCases.length))) return (enumerated = quick);
    return (enumerated = enumerate(left, Infinity));
  };
  const firstSeeds = (): Individual[] =>
    enumerated || !deferLarger ? seeds(options.maxExecutions) : (quick = enumerate(options.maxExecutions, SEED_ENUMERATION.maxCandidates));
  try {
    islands = await timePhase('gp:open-islands', () =>
      here ? [new Island(setups[0], options.workers ?? 0, () => options.signal?.aborted === true)] : (options.islandExecutor ?? threadIslandExecutor).open(setups, stop),
    );
    const carried = (options.carryOver ?? []) as Individual[];
    const first = carried.length > 0 ? [] : await timePhase('gp:enumerate', firstSeeds);
    await timePhase('gp:start-islands', () => Promise.all(islands.map((island, i) => island.start(slice(carried, i, count), first))));
    const search = await timePhase('gp:search', () => runIslands(islands, options, settings, { spent: () => ev.executions, seeds }));
    const solved = (s: Scored): boolean => s.trainPassed === trainTotal && s.testPassed === testTotal;
    let solution = search.solution;
    if (solution) {
      const small = await simplify(ctx, rng, ev, solution.individual);
      const [checked] = await fullScore(ev, [small], testOrder);
      // An island's solution is scored here before it is believed (a scale-out worker's word is not enough); that
      // costs executions only when its simplified form failed, the original is then scored.
      const [original] = solved(checked) || small === solution.individual ? [checked] : await fullScore(ev, [solution.individual], testOrder);
      solution = solved(checked) ? checked : solved(original) ? original : undefined;
      if (solution) solution = await polish(ctx, ev, solution, testOrder, true);
    }
    const ranked = [...search.candidates].sort(
      (a, b) => b.testPassed - a.testPassed || b.trainPassed - a.trainPassed || a.totalError - b.totalError,
    );
    // A solution stands for every other solved program (its unsimplified self among them).
    const picked = solution ? [solution, ...ranked.filter((s) => !solved(s))] : ranked;
    const elites: Scored[] = [];
    const seen = new Set<string>();
    for (const s of picked.slice(0, 6)) {
      const shown = s === solution ? s : await polish(ctx, ev, s, testOrder);
      const code = emitModuleFor(ctx, shown.individual);
      if (!seen.has(code) && elites.length < 5) elites.push(shown);
      seen.add(code);
    }
    return {
      solved: solution !== undefined,
      code: emitModuleFor(ctx, elites[0].individual),
      elites: elites.map((s) => ({ code: emitModuleFor(ctx, s.individual), totalError: s.totalError, trainPassed: s.trainPassed })),
      executions: ev.executions + search.executions,
      executionsRun: ev.ran + search.ran,
      generations: search.generations,
      wallMs: performance.now() - started,
      trainPassed: elites[0].trainPassed,
      testPassed: elites[0].testPassed,
      overfit: search.overfit,
      population: search.population,
      islandState: search.state,
      enumerated,
    };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await timePhase('gp:close', () => Promise.all([...islands.map((island) => island.close()), pool.close()]));
  }
}
