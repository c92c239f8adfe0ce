import os from 'node:os';
import type { GpOptions, GpProblem } from './gp-api.js';

/**
 * Populations to evolve: one per core unless told otherwise, and one (in this thread) when the problem has extra
 * primitives, whose functions cannot cross to another thread.
 */
export function islandCount(problem: GpProblem, options: GpOptions): number {
  if ((problem.extraPrimitives?.length ?? 0) > 0) return 1;
  return Math.max(1, Math.min(options.islands || os.availableParallelism(), options.population ?? 1000));
}
