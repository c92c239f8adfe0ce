import { CASE_PENALTY } from './case-error.js';

/**
 * One case's error on a log scale, capped at the penalty: log(1 + min(|error|, 1e6)), so an exact answer is 0, a
 * crash is about 13.8, and one crashing case cannot outweigh a hundred near misses the way the raw 1e6 would.
 */
export function boundedCaseError(error: number): number {
  const magnitude = Number.isFinite(error) ? Math.min(Math.abs(error), CASE_PENALTY) : CASE_PENALTY;
  return Math.log1p(magnitude);
}
