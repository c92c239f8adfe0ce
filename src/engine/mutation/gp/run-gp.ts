import { emitModuleFor } from './emit-module.js';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from './evaluate-programs.js';
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
import { normalize } from './tree-ops.js';
import { vary } from './variation.js';

/** Share of the train cases each generation is evaluated on under down-sampled lexicase. */
export const DOWNSAMPLE_RATE = 0.25;

/** Children are sent for evaluation in chunks while the rest of the generation is still being bred. */
const STREAM_CHUNK = 100;

interface Scored {
  individual: Individual;
  totalError: number;
  trainPassed: number;
  testPassed: number;
}

function initialPopulation(ctx: GpContext, rng: Rng, size: number, seeds: string[], carried: Individual[]): Individual[] {
  const parsed = seeds.map((code) => parseWithContext(ctx, code)).filter((p): p is Individual => p !== undefined);
  // Seeds first, then the population an earlier call left off with, then fresh random programs.
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

function sampleCases(rng: Rng, n: number, downsample: boolean): Int32Array {
  if (!downsample) return Int32Array.from({ length: n }, (_, i) => i);
  const k = Math.min(n, Math.max(10, Math.round(n * DOWNSAMPLE_RATE)));
  return Int32Array.from(rng.shuffled(Array.from({ length: n }, (_, i) => i)).slice(0, k)).sort();
}

/** Test cases a train-perfect program must pass before it is run on the rest of the test set (overfit programs rarely get past them). */
const TEST_SCREEN = 100;

/** Scores programs on the full train set, and on the test set those that pass every train case (screened on the first test cases). */
async function fullScore(ev: Evaluator, programs: Individual[], testSize: number): Promise<Scored[]> {
  const rows = await ev.errors(programs, 'train', ev.all('train'));
  const scored = programs.map((individual, i) => ({
    individual,
    totalError: rows[i].reduce((a, b) => a + b, 0),
    trainPassed: ev.passed(rows[i]),
    testPassed: 0,
  }));
  const perfect = scored.filter((s, i) => Evaluator.perfect(rows[i]));
  const screen = Int32Array.from({ length: Math.min(TEST_SCREEN, testSize) }, (_, i) => i);
  const screened = await ev.errors(
    perfect.map((s) => s.individual),
    'test',
    screen,
  );
  perfect.forEach((s, i) => (s.testPassed = ev.passed(screened[i])));
  const rest = Int32Array.from({ length: testSize - screen.length }, (_, i) => i + screen.length);
  const promising = perfect.filter((s) => s.testPassed === screen.length);
  if (rest.length === 0 || promising.length === 0) return scored;
  const restRows = await ev.errors(
    promising.map((s) => s.individual),
    'test',
    rest,
  );
  promising.forEach((s, i) => (s.testPassed += ev.passed(restRows[i])));
  return scored;
}

/** Runs typed GP with (down-sampled, epsilon-) lexicase selection until a program passes all train and test cases or the budget ends. */
export async function runGp(problem: GpProblem, options: GpOptions): Promise<GpResult> {
  const started = performance.now();
  const ctx = new GpContext(problem);
  const rng = new Rng(options.seed);
  const popSize = options.population ?? 1000;
  const selection = options.selection ?? 'downsampled-lexicase';
  const useEpsilon = selection === 'epsilon-lexicase' || ctx.returns.some((t) => t.startsWith('float'));
  const pool = new EvalPool({ train: toCaseSet(problem.train, ctx.returns), test: toCaseSet(problem.test, ctx.returns) }, options.workers ?? 0, problem.extraPrimitives);
  const ev = new Evaluator(ctx, pool, { train: problem.train.length, test: problem.test.length });
  const testTotal = problem.test.length;
  const archive = new Map<string, Scored>();
  let solution: Scored | undefined;
  let generations = 0;
  let pop = initialPopulation(ctx, rng, popSize, problem.seedPrograms ?? [], (options.carryOver ?? []) as Individual[]);
  let totals: number[] = [];
  try {
    const downsample = selection === 'downsampled-lexicase';
    let indices = sampleCases(rng, problem.train.length, downsample);
    let pending = pop.length * indices.length <= options.maxExecutions ? ev.errors(pop, 'train', indices) : undefined;
    while (pending) {
      const rows = await pending;
      pending = undefined;
      generations++;
      const hopeful = new Map(pop.filter((_, i) => Evaluator.perfect(rows[i])).map((p) => [emitModuleFor(ctx, p), p]));
      const fresh = [...hopeful.entries()].filter(([code]) => !archive.has(code)).map(([, p]) => p);
      for (const s of await fullScore(ev, fresh, testTotal)) {
        archive.set(emitModuleFor(ctx, s.individual), s);
        if (s.trainPassed === problem.train.length && s.testPassed === testTotal && !solution) solution = s;
      }
      pruneArchive(archive);
      const width = rows[0].length;
      const matrix = new Float64Array(pop.length * width);
      rows.forEach((row, i) => matrix.set(row, i * width));
      const selector = new LexicaseSelector(matrix, pop.length, width, useEpsilon ? madEpsilons(matrix, pop.length, width) : undefined);
      totals = rows.map((row) => row.reduce((a, b) => a + b, 0));
      options.onGeneration?.({
        generation: generations - 1,
        bestTotalError: Math.min(...totals),
        bestTrainPassed: Math.max(...rows.map((row) => ev.passed(row))),
        meanSize: pop.reduce((a, p) => a + programSize(p), 0) / pop.length,
        diversity: selector.distinct / pop.length,
        executions: ev.executions,
      });
      if (solution || generations >= (options.maxGenerations ?? Infinity) || options.signal?.aborted) break;
      indices = sampleCases(rng, problem.train.length, downsample);
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
      const [checked] = await fullScore(ev, [small], testTotal);
      if (checked.trainPassed === problem.train.length && checked.testPassed === testTotal) solution = checked;
    }
    const leaders = totals.length > 0 ? pop.map((p, i) => ({ p, e: totals[i] })).sort((a, b) => a.e - b.e).slice(0, 10).map((x) => x.p) : pop.slice(0, 10);
    const ranked = [...archive.values(), ...(await fullScore(ev, leaders, testTotal))].sort(
      (a, b) => b.testPassed - a.testPassed || b.trainPassed - a.trainPassed || a.totalError - b.totalError,
    );
    const best = solution ?? ranked[0];
    const elites = [best, ...ranked.filter((s) => s !== best)].slice(0, 5);
    return {
      solved: solution !== undefined,
      code: emitModuleFor(ctx, best.individual),
      elites: elites.map((s) => ({ code: emitModuleFor(ctx, s.individual), totalError: s.totalError, trainPassed: s.trainPassed })),
      executions: ev.executions,
      executionsRun: ev.ran,
      generations,
      wallMs: performance.now() - started,
      trainPassed: best.trainPassed,
      testPassed: best.testPassed,
      population: pop,
    };
  } finally {
    await pool.close();
  }
}
