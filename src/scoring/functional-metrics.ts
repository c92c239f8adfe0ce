import { boundedCaseError } from './bounded-case-error.js';
import { CASE_PENALTY } from './case-error.js';
import { meanCaseError } from './mean-case-error.js';
import type { MetricProvider } from './metric-provider.js';

const passRate = (split: { passed: number; total: number }): number => (split.total > 0 ? split.passed / split.total : 0);

/** Did the candidate do the job: pass rates and bounded mean errors per split (kept apart), and solved. */
export const functionalMetrics: MetricProvider = {
  name: 'functional',
  measure(_build, evaluation) {
    if (!evaluation) {
      const worst = boundedCaseError(CASE_PENALTY);
      return { train_pass_rate: 0, test_pass_rate: 0, train_mean_error: worst, test_mean_error: worst, solved: 0 };
    }
    return {
      train_pass_rate: passRate(evaluation.train),
      test_pass_rate: passRate(evaluation.test),
      train_mean_error: meanCaseError(evaluation.trainErrors, evaluation.train),
      test_mean_error: meanCaseError(evaluation.testErrors, evaluation.test),
      solved: evaluation.solved ? 1 : 0,
    };
  },
};
