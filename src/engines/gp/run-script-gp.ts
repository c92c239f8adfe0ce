import type { CompiledProgram, PrimitiveTable } from '../../programs/compile-program.js';
import { buildTable, programSource } from '../../programs/compile-program.js';
import { compilePrograms } from '../../programs/compile-programs.js';
import { emitModuleFor } from './emit-module.js';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from '../../programs/evaluate-programs.js';
import type { GpOptions, GpProblem, GpResult } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { LexicaseSelector, madEpsilons } from '../../selection/lexicase.js';
import { parseWithContext } from '../../programs/parse-program.js';
import type { Individual } from '../../programs/program-tree.js';
import { programSize } from '../../programs/program-tree.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';
import type { ScriptCaseOptions } from './script-case-errors.js';
import { importEvaluator, runScript, SCRIPT_COLUMNS } from './script-case-errors.js';
import { tidy } from './tidy.js';
import { normalize } from '../../programs/tree-ops.js';
import { tuneConstants } from './tune-constants.js';
import { vary } from './variation.js';

/** The constant tuner's offspring per round and rounds: it runs only when the budget left covers all of them. */
const TUNING_LAMBDA = 8;
const TUNING_ROUNDS = 30;
const TUNING_PROGRAMS = TUNING_LAMBDA * TUNING_ROUNDS;

/** A script directive's problem: no cases of its own, an evaluator module that scores whole programs. */
export interface ScriptGpProblem extends GpProblem {
  script: ScriptCaseOptions;
}

/** Programs per message to a worker: evaluator calls are long, so small batches keep the workers evenly busy. */
const CHUNK = 2;

/** The best programs carried unchanged into the next generation (their rows are cached, so they cost nothing). */
const ELITES = 2;

/** Tries at breeding a child not evaluated before. */
const RETRIES = 8;

/** Evaluated rows kept for programs met again (the population converges, so many children repeat a parent). */
const CACHE_LIMIT = 20_000;

interface Entry {
  individual: Individual;
  row: Float64Array;
}

const scoreOf = (row: Float64Array): number => -row[SCRIPT_COLUMNS.score];

/** Counts the evaluator's per-instance results by running it on the seeds, else on random programs, until one gives a verdict. */
async function probeColumns(ctx: GpContext, rng: Rng, problem: ScriptGpProblem, table: PrimitiveTable, seeds: Individual[]): Promise<number> {
  const evaluate = await importEvaluator(problem.script.evaluator);
  const tries = [...seeds, ...Array.from({ length: 20 }, () => normalize(randomIndividual(ctx, rng, 3)))];
  for (const program of tries) {
    const [fn] = compilePrograms([programSource(ctx, program)], table, true);
    const verdict = fn ? await runScript(evaluate, fn as CompiledProgram, table, problem.script) : undefined;
    if (verdict) return SCRIPT_COLUMNS.firstCase + (verdict.cases?.length ?? 0);
  }
  return SCRIPT_COLUMNS.firstCase;
}

/**
 * Evolves a program that maximises a script evaluator's score: per-instance results are the cases of epsilon-lexicase
 * selection (the score alone when there are none), the best programs survive each generation, and the best program's
 * numeric constants are tuned by a (1+λ) evolution strategy whenever its structure is new. Stops when the evaluator
 * says solved, or at the generation or execution budget (one execution = one program on one instance).
 */
export async function runScriptGp(problem: ScriptGpProblem, options: GpOptions): Promise<GpResult> {
  const started = performance.now();
  const ctx = new GpContext(problem);
  const rng = new Rng(options.seed);
  const popSize = options.population ?? 200;
  const table = buildTable(problem.extraPrimitives);
  const seeds = options.seedTrees ?? (problem.seedPrograms ?? []).map((code) => parseWithContext(ctx, code)).filter((p): p is Individual => p !== undefined);
  const columns = await probeColumns(ctx, rng, problem, table, seeds);
  const instances = Math.max(1, columns - SCRIPT_COLUMNS.firstCase);
  const caseColumns = columns > SCRIPT_COLUMNS.firstCase ? Array.from({ length: instances }, (_, i) => SCRIPT_COLUMNS.firstCase + i) : [SCRIPT_COLUMNS.score];
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const provider = { module: new URL(`./script-case-errors${ext}`, import.meta.url).href, options: { ...problem.script, columns } };
  const none = toCaseSet([], ctx.returns);
  const pool = new EvalPool({ train: none, test: none, provider }, options.workers ?? 0, problem.extraPrimitives);
  const all = Int32Array.from({ length: columns }, (_, i) => i);
  const cache = new Map<string, Float64Array>();
  const archive = new Map<string, Entry>();
  const tuned = new Set<string>();
  let executions = 0;
  const rowsOf = async (programs: Individual[]): Promise<Float64Array[]> => {
    const sources = programs.map((p) => programSource(ctx, p));
    const missing = [...new Set(sources.filter((s) => !cache.has(s)))];
    if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
    executions += missing.length * instances;
    const parts: Promise<void>[] = [];
    for (let at = 0; at < missing.length; at += CHUNK) {
      const chunk = missing.slice(at, at + CHUNK);
      parts.push(pool.evaluate(chunk, 'train', all).then((flat) => chunk.forEach((s, i) => cache.set(s, flat.slice(i * columns, (i + 1) * columns)))));
    }
    await Promise.all(parts);
    programs.forEach((p, i) => {
      const code = emitModuleFor(ctx, p);
      const row = cache.get(sources[i]) as Float64Array;
      if (!archive.has(code)) archive.set(code, { individual: p, row });
    });
    return sources.map((s) => cache.get(s) as Float64Array);
  };
  const carried = (options.carryOver ?? []) as Individual[];
  let pop = [...seeds, ...carried].slice(0, popSize);
  // Random programs mostly score alike (a constant priority, the input echoed back); variants of the seeds start nearer.
  while (pop.length < popSize) {
    if (seeds.length > 0 && rng.chance(0.5)) pop.push(vary(ctx, rng, rng.pick(seeds), rng.pick(seeds)));
    else pop.push(normalize(randomIndividual(ctx, rng, rng.range(2, 5))));
  }
  let generations = 0;
  let solved = false;
  try {
    for (;;) {
      let rows = await rowsOf(pop);
      generations++;
      let order = rows.map((_, i) => i).sort((a, b) => rows[b][SCRIPT_COLUMNS.score] === rows[a][SCRIPT_COLUMNS.score] ? programSize(pop[a]) - programSize(pop[b]) : rows[a][SCRIPT_COLUMNS.score] - rows[b][SCRIPT_COLUMNS.score]);
      solved = rows[order[0]][SCRIPT_COLUMNS.solved] === 0;
      const leaderCode = programSource(ctx, pop[order[0]]);
      if (!solved && !tuned.has(leaderCode) && rows[order[0]][SCRIPT_COLUMNS.score] < 1e5 && executions + TUNING_PROGRAMS * instances <= options.maxExecutions) {
        tuned.add(leaderCode);
        const batch = async (programs: Individual[]): Promise<number[]> => (await rowsOf(programs)).map(scoreOf);
        const result = await tuneConstants(pop[order[0]], scoreOf(rows[order[0]]), batch, rng, { lambda: TUNING_LAMBDA, rounds: TUNING_ROUNDS });
        tuned.add(programSource(ctx, result.individual));
        // The tuned program takes the place of the worst one, so selection sees it this generation.
        pop = [...pop];
        pop[order[order.length - 1]] = result.individual;
        rows = await rowsOf(pop);
        order = [order[order.length - 1], ...order.slice(0, -1)].sort((a, b) => rows[a][SCRIPT_COLUMNS.score] - rows[b][SCRIPT_COLUMNS.score]);
        solved = rows[order[0]][SCRIPT_COLUMNS.solved] === 0;
      }
      const best = rows[order[0]];
      options.onGeneration?.({
        generation: generations - 1,
        bestTotalError: best[SCRIPT_COLUMNS.score],
        bestTrainPassed: solved ? 1 : 0,
        meanSize: pop.reduce((a, p) => a + programSize(p), 0) / pop.length,
        diversity: new Set(rows.map((r) => r.join(','))).size / pop.length,
        executions,
      });
      if (solved || generations >= (options.maxGenerations ?? Infinity) || options.signal?.aborted) break;
      if (executions + popSize * instances > options.maxExecutions) break;
      const width = caseColumns.length;
      const matrix = new Float64Array(pop.length * width);
      rows.forEach((row, r) => caseColumns.forEach((c, i) => (matrix[r * width + i] = row[c])));
      const selector = new LexicaseSelector(matrix, pop.length, width, madEpsilons(matrix, pop.length, width), pop.map(programSize));
      const next = order.slice(0, ELITES).map((i) => pop[i]);
      // An evaluation is costly and a small program has few variants: a child already evaluated (or bred) is bred again, a few times.
      const bred = new Set(next.map((p) => programSource(ctx, p)));
      while (next.length < popSize) {
        let child = vary(ctx, rng, pop[selector.select(rng)], pop[selector.select(rng)]);
        for (let tries = 0; tries < RETRIES && (cache.has(programSource(ctx, child)) || bred.has(programSource(ctx, child))); tries++) {
          child = vary(ctx, rng, pop[selector.select(rng)], pop[selector.select(rng)]);
        }
        bred.add(programSource(ctx, child));
        next.push(child);
      }
      pop = next;
    }
    const ranked = [...archive.values()].sort((a, b) => a.row[SCRIPT_COLUMNS.score] - b.row[SCRIPT_COLUMNS.score] || programSize(a.individual) - programSize(b.individual));
    // Each elite is shown tidied when the tidied program scores no worse (tidying may round or drop a constant).
    const top = ranked.slice(0, 5);
    const tidied = await rowsOf(top.map((e) => tidy(ctx, e.individual)));
    const shown = top.map((e, i) => (tidied[i][SCRIPT_COLUMNS.score] <= e.row[SCRIPT_COLUMNS.score] ? { individual: tidy(ctx, e.individual), row: tidied[i] } : e));
    const elites = [...new Map(shown.map((e) => [emitModuleFor(ctx, e.individual), e])).entries()].map(([code, e]) => ({
      code,
      totalError: e.row[SCRIPT_COLUMNS.score],
      trainPassed: e.row[SCRIPT_COLUMNS.solved] === 0 ? 1 : 0,
    }));
    return {
      solved,
      code: elites[0].code,
      elites,
      executions,
      generations,
      wallMs: performance.now() - started,
      trainPassed: elites[0].trainPassed,
      testPassed: 0,
      overfit: { trainPerfect: 0, failedTest: 0 },
      population: pop,
    };
  } finally {
    await pool.close();
  }
}
