import { emitModuleFor } from './emit-module.js';
import { EvalPool } from './eval-pool.js';
import { problemCaseSets } from '../../programs/evaluate-programs.js';
import { Evaluator } from './evaluator.js';
import type { Scored } from './full-score.js';
import { fullScore } from './full-score.js';
import type { GenerationSummary } from './gp-api.js';
import { trainCaseCount } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { initialPopulation, parseSeeds } from './initial-population.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandHandle, IslandSetup } from './island-protocol.js';
import type { IslandSnapshot } from './island-snapshot.js';
import type { LexicaseSelector } from '../../selection/lexicase.js';
import { lexicaseOver } from './lexicase-over.js';
import type { Individual } from '../../programs/program-tree.js';
import { pruneArchive } from './prune-archive.js';
import { Rng } from '../../util/rng.js';
import { sampleCases } from './sample-cases.js';
import { vary } from './variation.js';

/** Children are sent for evaluation in chunks while the rest of the generation is still being bred. */
const STREAM_CHUNK = 100;
/** Programs an island hands back at the end: its best archived train-perfect programs and its leaders. */
const FINAL_CANDIDATES = 10;

/**
 * One population evolving on its own: breeds, evaluates (in this thread, or on an evaluation pool) and selects by
 * (down-sampled, epsilon-) lexicase, an epoch of generations at a time. The controller (run-gp) runs one island in
 * the main thread, or several (worker threads, scale-out workers: see IslandExecutor) that it links by migration.
 */
export class Island implements IslandHandle {
  readonly ctx: GpContext;
  private rng: Rng;
  private readonly pool: EvalPool;
  private readonly ev: Evaluator;
  private readonly downsample: boolean;
  private readonly useEpsilon: boolean;
  private pop: Individual[] = [];
  /** Selection over the last evaluated generation; undefined while `pop` is a fresh population not yet evaluated. */
  private selector?: LexicaseSelector;
  private totals: number[] = [];
  private rows?: Float64Array[]; // the error rows selection was built over, for a snapshot
  private generation = 0;
  private readonly archive = new Map<string, Scored>();
  private solution?: Scored;
  private readonly overfit = { trainPerfect: 0, failedTest: 0 };

  /** `workers` is the evaluation pool's size (1: this thread); `stop` is polled between generations; `from` continues a snapshot. */
  constructor(
    private readonly setup: IslandSetup,
    workers: number,
    private readonly stop: () => boolean,
    from?: IslandSnapshot,
  ) {
    const problem = setup.problem;
    this.ctx = new GpContext(problem);
    this.rng = new Rng(setup.seed);
    // A tests directive's tests (and their assertions) are train cases after its examples.
    this.pool = new EvalPool(problemCaseSets(problem, this.ctx.returns), workers, problem.extraPrimitives);
    this.ev = new Evaluator(this.ctx, this.pool, { train: trainCaseCount(problem), test: problem.test.length });
    this.downsample = setup.selection === 'downsampled-lexicase';
    this.useEpsilon = setup.selection === 'epsilon-lexicase' || this.ctx.returns.some((t) => t.startsWith('float'));
    if (from) this.restore(from);
  }

  /** Continues from a snapshot, which its sender checked (a scale-out job is checked on both ends: see wellFormedProgram). */
  private restore(from: IslandSnapshot): void {
    this.rng = Rng.fromState(from.rng);
    this.pop = from.population;
    this.generation = from.generation;
    for (const s of from.archive) this.archive.set(emitModuleFor(this.ctx, s.individual), s);
    this.solution = from.solution;
    Object.assign(this.overfit, from.overfit);
    [this.ev.executions, this.ev.ran] = [from.executions, from.ran];
    if (from.errors) this.select(from.errors.map((row) => Float64Array.from(row)));
  }

  /** What the island holds now, as plain data, to continue it elsewhere (see IslandSnapshot). */
  snapshot(): IslandSnapshot {
    const errors = this.selector && this.rows ? this.rows.map((row) => Array.from(row)) : undefined;
    const { rng, pop: population, generation, solution, ev } = this;
    return { rng: rng.state(), population, errors, generation, archive: [...this.archive.values()], solution, overfit: { ...this.overfit }, executions: ev.executions, ran: ev.ran };
  }

  /** The first population: the problem's seed programs, enumerated seeds, carried-over programs, then random ones. */
  start(carried: Individual[], enumerated: Individual[]): void {
    // Seeds the controller parsed arrive as trees: parsing loads the TypeScript compiler, which an island thread then never needs.
    this.pop = initialPopulation(this.ctx, this.rng, this.setup.population, this.setup.seeds ?? parseSeeds(this.ctx, this.setup.problem.seedPrograms ?? []), carried, enumerated);
    this.selector = undefined;
  }

  /** Runs up to `order.generations` generations within the allowance; stops early on a solution (unless told to keep searching) or when told to stop. */
  async epoch(order: EpochOrder): Promise<EpochReport> {
    if (order.restart) {
      this.pop = initialPopulation(this.ctx, this.rng, this.setup.population, [], [], order.restart);
      this.selector = undefined;
    }
    const reserve = this.setup.migrants * this.setup.selectionCases.length;
    const generations: GenerationSummary[] = [];
    let immigrants = order.immigrants;
    let exhausted = false;
    while (generations.length < order.generations && !(this.solution && !this.setup.keepSearching) && !(this.generation > 0 && this.stop())) {
      const indices = sampleCases(this.rng, this.setup.selectionCases, this.downsample);
      if (this.ev.executions + this.setup.population * indices.length + reserve > order.allowance) {
        exhausted = true;
        break;
      }
      const rows = await this.evaluate(immigrants, indices);
      immigrants = [];
      generations.push(await this.absorb(rows));
    }
    const elites = this.ev.executions + reserve <= order.allowance ? await this.elites() : [];
    return { executions: this.ev.executions, ran: this.ev.ran, generations, elites, solution: this.solution, exhausted };
  }

  /** Breeds the next generation (or takes the fresh population), puts the immigrants in, and evaluates it. */
  private async evaluate(immigrants: Individual[], indices: Int32Array): Promise<Float64Array[]> {
    const size = this.setup.population;
    const selector = this.selector;
    if (!selector) {
      this.pop = [...this.pop.slice(0, Math.max(0, this.pop.length - immigrants.length)), ...immigrants];
      return this.ev.errors(this.pop, 'train', indices);
    }
    const next: Individual[] = [];
    const parts: Promise<Float64Array[]>[] = [];
    const bred = size - Math.min(size, immigrants.length);
    while (next.length < size) {
      next.push(next.length < bred ? vary(this.ctx, this.rng, this.pop[selector.select(this.rng)], this.pop[selector.select(this.rng)]) : immigrants[next.length - bred]);
      if (next.length % STREAM_CHUNK === 0 || next.length === size) parts.push(this.ev.errors(next.slice(parts.length * STREAM_CHUNK), 'train', indices));
    }
    this.pop = next;
    return Promise.all(parts).then((chunks) => chunks.flat());
  }

  /** Checks the generation's train-perfect programs on all train cases and the test probes, and builds selection over it. */
  private async absorb(rows: Float64Array[]): Promise<GenerationSummary> {
    const ctx = this.ctx;
    const trainTotal = trainCaseCount(this.setup.problem);
    const testTotal = this.setup.problem.test.length;
    const hopeful = new Map(this.pop.filter((_, i) => Evaluator.perfect(rows[i])).map((p) => [emitModuleFor(ctx, p), p]));
    const fresh = [...hopeful.entries()].filter(([code]) => !this.archive.has(code)).map(([, p]) => p);
    for (const s of await fullScore(this.ev, fresh, this.setup.testOrder)) {
      this.archive.set(emitModuleFor(ctx, s.individual), s);
      if (s.trainPassed === trainTotal) this.overfit.trainPerfect++;
      if (s.trainPassed === trainTotal && s.testPassed < testTotal) this.overfit.failedTest++;
      if (s.trainPassed === trainTotal && s.testPassed === testTotal && !this.solution) this.solution = s;
    }
    pruneArchive(this.archive);
    const { selector, sizes } = this.select(rows);
    return {
      generation: this.generation++,
      bestTotalError: Math.min(...this.totals),
      bestTrainPassed: Math.max(...rows.map((row) => this.ev.passed(row))),
      meanSize: sizes.reduce((a, b) => a + b, 0) / rows.length,
      diversity: selector.distinct / rows.length,
      executions: this.ev.executions,
    };
  }

  /** Builds selection (and the leaders' totals) over the population's error rows. */
  private select(rows: Float64Array[]): { selector: LexicaseSelector; sizes: number[] } {
    const over = lexicaseOver(this.pop, rows, this.useEpsilon);
    [this.selector, this.rows, this.totals] = [over.selector, rows, over.totals];
    return over;
  }

  /** The population's leaders by total error on the last generation's cases (the population as is before any evaluation). */
  private leaders(count: number): Individual[] {
    if (this.totals.length !== this.pop.length || !this.selector) return this.pop.slice(0, count);
    return this.pop
      .map((p, i) => ({ p, e: this.totals[i] }))
      .sort((a, b) => a.e - b.e)
      .slice(0, count)
      .map((x) => x.p);
  }

  /** The island's best programs scored on every selection case (never the held-back validation cases), best first. */
  private async elites(): Promise<EpochReport['elites']> {
    const top = this.leaders(this.setup.migrants);
    if (top.length === 0) return [];
    const rows = await this.ev.errors(top, 'train', this.setup.selectionCases);
    return top.map((individual, i) => ({ individual, error: rows[i].reduce((a, b) => a + b, 0) })).sort((a, b) => a.error - b.error);
  }

  /** Scores the leaders on the whole train set and hands back what the final ranking needs; the evaluation pool closes. */
  async finish(): Promise<IslandFinal> {
    try {
      const archived = [...this.archive.values()].sort((a, b) => b.testPassed - a.testPassed || b.trainPassed - a.trainPassed || a.totalError - b.totalError);
      const candidates = [...archived.slice(0, FINAL_CANDIDATES), ...(await fullScore(this.ev, this.leaders(FINAL_CANDIDATES), this.setup.testOrder))];
      return { candidates, population: this.pop, executions: this.ev.executions, ran: this.ev.ran, overfit: this.overfit };
    } finally {
      await this.close();
    }
  }

  /** Stops the evaluation pool's threads. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
