import type { Scored } from './full-score.js';
import type { GenerationSummary, GpOptions, IslandState } from './gp-api.js';
import type { EpochOrder, EpochReport, IslandHandle } from './island-protocol.js';
import type { Individual } from '../../programs/program-tree.js';

/** How islands are linked: epoch length, ring migration and restarts on stagnation. */
export interface IslandSettings {
  /** Generations each island runs between two migrations. */
  epochGenerations: number;
  /** Elites each island sends to the next one in the ring after every epoch. */
  migrants: number;
  /** Epochs without a better best error after which an island starts again (0: never). */
  restartAfter: number;
  /** Best programs of all islands a restarted island starts with. */
  restartElites: number;
}

/**
 * The controller's side: what it has charged to the budget itself, and a restarted island's enumerated seeds (computed
 * on first use, within what is `left` of the budget).
 */
export interface ControllerHooks {
  spent(): number;
  seeds(left: number): Individual[];
}

/** What the islands' search found, for the final ranking in run-gp. */
export interface IslandSearch {
  /** The first island's (by index) solution of the epoch in which one was found. */
  solution?: Scored;
  candidates: Scored[];
  /** The islands' populations, concatenated in island order. */
  population: Individual[];
  executions: number;
  ran: number;
  generations: number;
  overfit: { trainPerfect: number; failedTest: number };
  state: IslandState[];
}

/** One summary per generation for all islands together: the best of their bests, the mean of their sizes and diversity. */
function merged(reports: EpochReport[], j: number, generation: number, base: number): GenerationSummary {
  const at = reports.map((r) => r.generations[j]).filter((g): g is GenerationSummary => g !== undefined);
  const mean = (f: (g: GenerationSummary) => number): number => at.reduce((a, g) => a + f(g), 0) / at.length;
  return {
    generation,
    bestTotalError: Math.min(...at.map((g) => g.bestTotalError)),
    bestTrainPassed: Math.max(...at.map((g) => g.bestTrainPassed)),
    meanSize: mean((g) => g.meanSize),
    diversity: mean((g) => g.diversity),
    // Islands that ran fewer generations this epoch count with everything they spent in it.
    executions: base + reports.reduce((a, r) => a + (r.generations[j]?.executions ?? r.executions), 0),
  };
}

/**
 * Runs the islands in synchronous epochs until one finds a solution (unless `keepSearching`), the budget or the generations run out, or the
 * signal stops them. Each epoch splits what is left of the budget evenly, so the islands together never pass it;
 * between epochs each island's elites migrate to the next island in the ring, and an island whose best error has
 * not improved for `restartAfter` epochs starts again from enumerated seeds, a few elites of all islands and fresh
 * random programs. Every decision depends on the reports only, so a seed and an island count fix the result.
 */
export async function runIslands(islands: IslandHandle[], options: GpOptions, settings: IslandSettings, hooks: ControllerHooks): Promise<IslandSearch> {
  const n = islands.length;
  const carried = options.islandState;
  const state: IslandState[] = islands.map((_, i) => (carried?.length === n ? { ...carried[i] } : { best: null, stale: 0 }));
  const spent = new Array<number>(n).fill(0);
  let immigrants: Individual[][] = islands.map(() => []);
  let restarts: (Individual[] | undefined)[] = islands.map(() => undefined);
  let generations = 0;
  let solution: Scored | undefined;
  for (;;) {
    const length = Math.min(settings.epochGenerations, (options.maxGenerations ?? Infinity) - generations);
    if (length <= 0) break;
    const left = Math.max(0, options.maxExecutions - hooks.spent() - spent.reduce((a, b) => a + b, 0));
    const orders = islands.map(
      (_, i): EpochOrder => ({ generations: length, allowance: spent[i] + Math.floor(left / n) + (i < left % n ? 1 : 0), immigrants: immigrants[i], restart: restarts[i] }),
    );
    const reports = await Promise.all(islands.map((island, i) => island.epoch(orders[i])));
    reports.forEach((r, i) => (spent[i] = r.executions));
    const ran = Math.max(...reports.map((r) => r.generations.length));
    for (let j = 0; j < ran; j++) options.onGeneration?.(merged(reports, j, generations + j, hooks.spent()));
    generations += ran;
    solution = reports.find((r) => r.solution)?.solution;
    reports.forEach((r, i) => record(state[i], r));
    if ((solution && !options.keepSearching) || ran === 0 || reports.every((r) => r.exhausted) || options.signal?.aborted || generations >= (options.maxGenerations ?? Infinity)) break;
    immigrants = islands.map((_, i) => (n > 1 ? reports[(i + n - 1) % n].elites.slice(0, settings.migrants).map((e) => e.individual) : []));
    const best = reports
      .flatMap((r) => r.elites)
      .sort((a, b) => a.error - b.error)
      .slice(0, settings.restartElites)
      .map((e) => e.individual);
    restarts = state.map((s, i) => {
      if (n === 1 || settings.restartAfter === 0 || s.stale < settings.restartAfter) return undefined;
      options.onRestart?.({ island: i, generation: generations, bestTotalError: s.best, staleEpochs: s.stale });
      s.best = null;
      s.stale = 0;
      return [...hooks.seeds(Math.max(0, options.maxExecutions - hooks.spent() - spent.reduce((a, b) => a + b, 0))), ...best];
    });
  }
  const finals = await Promise.all(islands.map((island) => island.finish()));
  const sum = (f: (x: (typeof finals)[number]) => number): number => finals.reduce((a, x) => a + f(x), 0);
  return {
    solution,
    candidates: finals.flatMap((f) => f.candidates),
    population: finals.flatMap((f) => f.population),
    executions: sum((f) => f.executions),
    ran: sum((f) => f.ran),
    generations,
    overfit: { trainPerfect: sum((f) => f.overfit.trainPerfect), failedTest: sum((f) => f.overfit.failedTest) },
    state,
  };
}

/** Counts an epoch without a better best error (on every selection case) against the island. */
function record(s: IslandState, report: EpochReport): void {
  const best = report.elites[0]?.error;
  if (best !== undefined && (s.best === null || best < s.best)) {
    s.best = best;
    s.stale = 0;
  } else s.stale++;
}
