import { combineScore } from '../../scoring/combine-score.js';
import type { Evaluation } from '../../scoring/evaluation.js';

/**
 * The score of a module over every case, train and held-out test together: the train metrics are replaced by the
 * pooled pass rate and mean error before weighting. The forge ranks by train only (selecting on the test split would
 * make it training data); `eval` judges a finished module, so it counts the held-out cases too.
 */
export function heldOutScore(metrics: Readonly<Record<string, number>>, evaluation: Evaluation | undefined, weights: Readonly<Record<string, number>>): number {
  const test = evaluation?.test;
  if (!evaluation || !test || test.total === 0) return combineScore(metrics, weights);
  const { train } = evaluation;
  const cases = train.total + test.total;
  const pooled = (trainValue: number | undefined, testValue: number | undefined): number | undefined =>
    trainValue === undefined || testValue === undefined ? trainValue : (trainValue * train.total + testValue * test.total) / cases;
  const all = { ...metrics };
  const passRate = pooled(metrics.train_pass_rate, metrics.test_pass_rate);
  const meanError = pooled(metrics.train_mean_error, metrics.test_mean_error);
  if (passRate !== undefined) all.train_pass_rate = passRate;
  if (meanError !== undefined) all.train_mean_error = meanError;
  return combineScore(all, weights);
}
