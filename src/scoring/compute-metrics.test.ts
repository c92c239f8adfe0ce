import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../check/build-result.js';
import { CASE_PENALTY } from './case-error.js';
import { computeMetrics } from './compute-metrics.js';
import { defaultMetricProviders } from './default-metric-providers.js';
import type { Evaluation } from './evaluation.js';
import type { MetricProvider } from './metric-provider.js';

const built: BuildResult = { ok: true, errors: [], structural: { lines: 12, cyclomatic: 3, typeErrors: 0, lintFindings: 1 }, modulePath: '/s/candidate.mjs', stagingDir: '/s' };
const failed: BuildResult = {
  ok: false,
  errors: [{ stage: 'type-check', message: 'x', line: 1 }, { stage: 'static-guard', message: 'y', line: 2 }],
  structural: { lines: 40, cyclomatic: 5, typeErrors: 1, lintFindings: 0 },
  stagingDir: '/s',
};

function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    status: 'failed',
    train: { passed: 3, total: 4 },
    test: { passed: 1, total: 2 },
    trainErrors: [0, 0, 0, Math.E - 1],
    testErrors: [0, CASE_PENALTY],
    failingCases: [],
    medianCallMs: 0.25,
    stderr: '',
    notes: [],
    solved: false,
    ...overrides,
  };
}

describe('computeMetrics', () => {
  it('measures an evaluated candidate with train and test kept apart', () => {
    expect(computeMetrics(built, evaluation())).toEqual({
      train_pass_rate: 0.75,
      test_pass_rate: 0.5,
      train_mean_error: 0.25,
      test_mean_error: Math.log1p(CASE_PENALTY) / 2,
      solved: 0,
      built: 1,
      build_errors: 0,
      lines: 12,
      cyclomatic: 3,
      type_errors: 0,
      lint_findings: 1,
      median_call_ms: 0.25,
    });
  });

  it('gives a failed build the worst functional metrics and keeps what the build measured', () => {
    expect(computeMetrics(failed)).toMatchObject({
      train_pass_rate: 0,
      test_pass_rate: 0,
      train_mean_error: Math.log1p(CASE_PENALTY),
      solved: 0,
      built: 0,
      build_errors: 2,
      lines: 40,
      cyclomatic: 5,
      type_errors: 1,
      median_call_ms: 0,
    });
  });

  it('keeps one crashing case from dominating the mean error', () => {
    const hundred = (errors: number[]) => evaluation({ train: { passed: errors.filter((e) => e === 0).length, total: 100 }, trainErrors: errors });
    const oneCrash = computeMetrics(built, hundred([CASE_PENALTY, ...Array<number>(99).fill(0)])).train_mean_error;
    const allOffByOne = computeMetrics(built, hundred(Array<number>(100).fill(1))).train_mean_error;
    expect(oneCrash).toBeCloseTo(Math.log1p(CASE_PENALTY) / 100);
    expect(oneCrash).toBeLessThan(allOffByOne);
  });

  it('counts cases the sandbox never reached as penalties, and passed cases without errors as exact', () => {
    const timedOut = evaluation({ status: 'timeout', train: { passed: 1, total: 4 }, trainErrors: [0] });
    expect(computeMetrics(built, timedOut).train_mean_error).toBeCloseTo((3 * Math.log1p(CASE_PENALTY)) / 4);
    const passFailOnly = evaluation({ train: { passed: 3, total: 4 }, trainErrors: [] });
    expect(computeMetrics(built, passFailOnly).train_mean_error).toBeCloseTo(Math.log1p(CASE_PENALTY) / 4);
  });

  it('reports a split without cases as rate 0 and error 0', () => {
    const script = evaluation({ train: { passed: 0, total: 0 }, test: { passed: 0, total: 0 }, trainErrors: [], testErrors: [] });
    expect(computeMetrics(built, script)).toMatchObject({ train_pass_rate: 0, test_pass_rate: 0, train_mean_error: 0, test_mean_error: 0 });
  });

  it('prefixes script metrics, keeps the script score, and drops values that are not finite', () => {
    const scripted = evaluation({ scriptMetrics: { accuracy: 0.9, score: 0.1, broken: Number.NaN }, scriptScore: 0.8, solved: true });
    expect(computeMetrics(built, scripted)).toMatchObject({ script_accuracy: 0.9, script_score: 0.8, solved: 1 });
    expect(computeMetrics(built, scripted)).not.toHaveProperty('script_broken');
  });

  it('takes extra providers, and refuses two providers claiming one metric', () => {
    const tokens: MetricProvider = { name: 'tokens', measure: (build) => ({ tokens_per_line: build.structural.lines / 2 }) };
    expect(computeMetrics(built, undefined, [...defaultMetricProviders, tokens]).tokens_per_line).toBe(6);
    const clash: MetricProvider = { name: 'clash', measure: () => ({ lines: 1 }) };
    expect(() => computeMetrics(built, undefined, [...defaultMetricProviders, clash])).toThrow(/"lines".*structural.*clash/);
  });
});
