import { emitModuleFor } from './emit-module.js';
import type { Scored } from './full-score.js';
import { fullScore } from './full-score.js';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from './evaluate-programs.js';
import { enumerationSeeds } from './enumeration-seeds.js';
import { Evaluator } from './evaluator.js';
import type { GpOptions, GpProblem, GpResult } from './gp-api.js';
import { GpContext } from './gp-context.js';
import { LexicaseSelector, madEpsilons } from './lexicase.js';
import { parseWithContext } from './parse-program.js';
import type { Individual } from './program-tree.js';
import { programSize } from './program-tree.js';
import { pruneArchive } from './prune-archive.js';
import { randomIndividual } from './random-tree.js';
import { Rng } from './rng.js';
import { simplify } from './simplify.js';
import { splitLongLines } from './split-long-lines.js';
import { tidy } from './tidy.js';
import { normalize } from './tree-ops.js';
import { probeOrder, validationSplit } from './validation-split.js';
import { vary } from './variation.js';

/** Share of the train cases each generation is evaluated on under down-sampled lexicase. */
export const DOWNSAMPLE_RATE = 0.25;

/** Children are sent for evaluation in chunks while the rest of the generation is still being bred. */
const STREAM_CHUNK = 100;

/** Share of a fresh population seeded by the bottom-up enumeration. */
const ENUMERATED_SHARE = 0.05;

function initialPopulation(ctx: GpContext, rng: Rng, size: number, seeds: string[], carried: Individual[], enumerated: Individual[]): Individual[] {
  const parsed = [...seeds.map((code) => parseWithContext(ctx, code)).filter((p): p is Individual => p !== undefined), ...enumerated];
  // Seeds first (given, then enumerated), then the population an earlier call left off with, then fresh random programs.
  const pop = [...parsed, ...carried.slice(0, Math.max(0, size - parsed.length))];
  const seen = new Set(pop.map((p) => JSON.stringify(p)));
  for (let tries = 0; pop.length < size && tries < size * 20; tries++) {
    const p = normalize(randomIndividual(ctx, rng, rng.range(2, 5)));
    const key = JSON.stringify(p);
    if (seen.has(key) && tries < size * 10) continue;
    seen.add(key);
    pop.push(p);
  }
  return pop.slice(0, size);
}

/** The cases of one generation, drawn from those selection may see (the validation cases are held back). */
function sampleCases(rng: Rng, selection: Int32Array, downsample: boolean): Int32Array {
  if (!downsample) return selection;
  const n = selection.length;
  const k = Math.min(n, Math.max(10, Math.round(n * DOWNSAMPLE_RATE)));
  return Int32Array.from(rng.shuffled([...selection]).slice(0, k)).sort();
}

/** Whether a rewritten program scores at least as well as the original on every count. */
const noWorse = (a: Scored, b: Scored): boolean => a.trainPassed >= b.trainPassed && a.testPassed >= b.testPassed && a.totalError <= b.totalError;

/** The program as it will be read: tidied and with long lines split, each step kept only if it scores no worse. */
async function polish(ctx: GpContext, ev: Evaluator, s: Scored, testOrder: Int32Array): Promise<Scored> {
  const tidied = tidy(ctx, s.individual);
  const [split, plain] = await fullScore(ev, [splitLongLines(ctx, tidied), tidied], testOrder);
  return noWorse(split, s) ? split : noWorse(plain, s) ? plain : s;
}

/** Runs typed GP with (down-sampled, epsilon-) lexicase selection until a program passes all train and test cases or the budget ends. */
export async function runGp(problem: GpProblem, options: GpOptions): Promise<GpResult> {
  const started = performance.now();
  const ctx = new GpContext(problem);
  const rng = new Rng(options.seed);
  const popSize = options.population ?? 1000;
  const selection = options.selection ?? 'downsampled-lexicase';
  const useEpsilon = selection === 'epsilon-lexicase' || ctx.returns.some((t) => t.startsWith('float'));
  // A tests directive's tests (and their assertions) are train cases after its examples; selection always sees them.
  const trainTotal = problem.train.length + (problem.tests?.cases.length ?? 0);
  const pool = new EvalPool({ train: toCaseSet(problem.train, ctx.returns, problem.tests), test: toCaseSet(problem.test, ctx.returns) }, options.workers ?? 0, problem.extraPrimitives);
  const ev = new Evaluator(ctx, pool, { train: trainTotal, test: problem.test.length });
  const testTotal = problem.test.length;
  const split = validationSplit(problem.train, rng);
  const selectable = Int32Array.from([...split.selection, ...Array.from({ length: trainTotal - problem.train.length }, (_, t) => problem.train.length + t)]);
  const testOrder = probeOrder(problem.train, problem.test);
  const overfit = { trainPerfect: 0, failedTest: 0 };
  const archive = new Map<string, Scored>();
  let solution: Scored | undefined;
  let generations = 0;
  const carried = (options.carryOver ?? []) as Individual[];
  // A search that continues an earlier one already holds what the enumeration would find; a stopped one needs nothing.
  const selectionCases = rng.shuffled([...split.selection]).map((i) => problem.train[i]);
  const enumerated = carried.length > 0 || options.signal?.aborted ? { seeds: [], executions: 0 } : enumerationSeeds(ctx, selectionCases, Math.round(popSize * ENUMERATED_SHARE), options.maxExecutions);
  ev.executions += enumerated.executions;
  let pop = initialPopulation(ctx, rng, popSize, problem.seedPrograms ?? [], carried, enumerated.seeds);
  let totals: number[] = [];
  try {
    const downsample = selection === 'downsampled-lexicase';
    let indices = sampleCases(rng, selectable, downsample);
    let pending = pop.length * indices.length <= options.maxExecutions ? ev.errors(pop, 'train', indices) : undefined;
    while (pending) {
      const rows = await pending;
      pending = undefined;
      generations++;
      const hopeful = new Map(pop.filter((_, i) => Evaluator.perfect(rows[i])).map((p) => [emitModuleFor(ctx, p), p]));
      const fresh = [...hopeful.entries()].filter(([code]) => !archive.has(code)).map(([, p]) => p);
      for (const s of await fullScore(ev, fresh, testOrder)) {
        archive.set(emitModuleFor(ctx, s.individual), s);
        if (s.trainPassed === trainTotal) overfit.trainPerfect++;
        if (s.trainPassed === trainTotal && s.testPassed < testTotal) overfit.failedTest++;
        if (s.trainPassed === trainTotal && s.testPassed === testTotal && !solution) solution = s;
      }
      pruneArchive(archive);
      const width = rows[0].length;
      const matrix = new Float64Array(pop.length * width);
      rows.forEach((row, i) => matrix.set(row, i * width));
      const sizes = pop.map(programSize);
      const selector = new LexicaseSelector(matrix, pop.length, width, useEpsilon ? madEpsilons(matrix, pop.length, width) : undefined, sizes);
      totals = rows.map((row) => row.reduce((a, b) => a + b, 0));
      options.onGeneration?.({
        generation: generations - 1,
        bestTotalError: Math.min(...totals),
        bestTrainPassed: Math.max(...rows.map((row) => ev.passed(row))),
        meanSize: sizes.reduce((a, b) => a + b, 0) / pop.length,
        diversity: selector.distinct / pop.length,
        executions: ev.executions,
      });
      if (solution || generations >= (options.maxGenerations ?? Infinity) || options.signal?.aborted) break;
      indices = sampleCases(rng, selectable, downsample);
      if (ev.executions + popSize * indices.length > options.maxExecutions) break;
      const next: Individual[] = [];
      const parts: Promise<Float64Array[]>[] = [];
      while (next.length < popSize) {
        next.push(vary(ctx, rng, pop[selector.select(rng)], pop[selector.select(rng)]));
        if (next.length % STREAM_CHUNK === 0 || next.length === popSize) parts.push(ev.errors(next.slice(parts.length * STREAM_CHUNK), 'train', indices));
      }
      pending = Promise.all(parts).then((chunks) => chunks.flat());
      pop = next;
      totals = [];
    }
    if (solution) {
      const small = await simplify(ctx, rng, ev, solution.individual);
      const [checked] = await fullScore(ev, [small], testOrder);
      if (checked.trainPassed === trainTotal && checked.testPassed === testTotal) solution = checked;
      solution = await polish(ctx, ev, solution, testOrder);
    }
    const leaders = totals.length > 0 ? pop.map((p, i) => ({ p, e: totals[i] })).sort((a, b) => a.e - b.e).slice(0, 10).map((x) => x.p) : pop.slice(0, 10);
    const ranked = [...archive.values(), ...(await fullScore(ev, leaders, testOrder))].sort(
      (a, b) => b.testPassed - a.testPassed || b.trainPassed - a.trainPassed || a.totalError - b.totalError,
    );
    // A solution stands for every other solved program (its unsimplified self among them).
    const solved = (s: Scored): boolean => s.trainPassed === trainTotal && s.testPassed === testTotal;
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
      executions: ev.executions,
      executionsRun: ev.ran,
      generations,
      wallMs: performance.now() - started,
      trainPassed: elites[0].trainPassed,
      testPassed: elites[0].testPassed,
      overfit,
      population: pop,
    };
  } finally {
    await pool.close();
  }
}
