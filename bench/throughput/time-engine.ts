import type { GpProblem } from '../../src/engines/gp/gp-api.js';
import { runGp } from '../../src/engines/gp/run-gp.js';
import { MemorySamples } from './memory-samples.js';
import type { Rate } from './time-hand-written.js';

/** What one engine run cost: executions charged to the budget, executions actually run, wall and CPU time (every thread). */
export interface EngineRate extends Rate {
  executionsRun: number;
  generations: number;
  solved: boolean;
  /** The process's memory, sampled once per generation. */
  memory: MemorySamples;
  /** Executions and wall time when the first generation ended: the seeding searches (enumeration, deductions) come before it. */
  firstGeneration?: { executions: number; wallMs: number };
}

/** Engine settings of a timed run; `fullBudget` keeps the search going after a solution until the budget is spent. */
export interface EngineTiming {
  evaluations: number;
  seed: number;
  workers?: number;
  islands?: number;
  population?: number;
  fullBudget?: boolean;
}

/** Runs the offline engine (the path bench:psb and `hephaestus run` use: breeding, selection, evaluation on the workers) for a budget. */
export async function timeEngine(problem: GpProblem, options: EngineTiming): Promise<EngineRate> {
  const memory = new MemorySamples();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let firstGeneration: EngineRate['firstGeneration'];
  const result = await runGp(problem, {
    seed: options.seed,
    maxExecutions: options.evaluations,
    workers: options.workers,
    islands: options.islands,
    population: options.population,
    keepSearching: options.fullBudget,
    onGeneration: (g) => {
      firstGeneration ??= { executions: g.executions, wallMs: performance.now() - start };
      memory.take(g.executions);
    },
  });
  const used = process.cpuUsage(cpu);
  return {
    executions: result.executions,
    executionsRun: result.executionsRun ?? result.executions,
    wallMs: result.wallMs,
    cpuMs: (used.user + used.system) / 1000,
    generations: result.generations,
    solved: result.solved,
    memory,
    firstGeneration,
  };
}
