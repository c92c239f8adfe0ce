import { boundedCaseError } from './bounded-case-error.js';
import { CASE_PENALTY } from './case-error.js';

/**
 * Mean bounded error over a split's cases. Cases the sandbox never measured (it stopped early, or the evaluator only
 * reports pass/fail) count as 0 when they passed and as a penalty case otherwise; a split without cases scores 0.
 */
export function meanCaseError(errors: readonly number[], split: { passed: number; total: number }): number {
  const cases = Math.max(split.total, errors.length);
  if (cases === 0) return 0;
  const unmeasured = cases - errors.length;
  const unmeasuredPassed = errors.length === 0 ? Math.min(split.passed, unmeasured) : 0;
  let sum = (unmeasured - unmeasuredPassed) * boundedCaseError(CASE_PENALTY);
  for (const error of errors) sum += boundedCaseError(error);
  return sum / cases;
}
