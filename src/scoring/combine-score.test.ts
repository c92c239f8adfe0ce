import { describe, expect, it } from 'vitest';
import { BUILD_FAILURE_SCORE, combineScore } from './combine-score.js';

const base = { built: 1, build_errors: 0, train_pass_rate: 0.5, train_mean_error: 1, lines: 50, cyclomatic: 10, lint_findings: 0, median_call_ms: 0 };

describe('combineScore', () => {
  it('weighs the default metrics through their bounded transforms', () => {
    expect(combineScore(base)).toBeCloseTo(0.5 - 0.2 * 0.5 - 0.001 * 0.5 - 0.001 * 0.5);
  });

  it('ranks more passing train cases above any difference in tie-breakers', () => {
    const better = { ...base, train_pass_rate: 0.505, lines: 190, cyclomatic: 60, lint_findings: 30, median_call_ms: 500 };
    const tidy = { ...base, lines: 1, cyclomatic: 1 };
    expect(combineScore(better)).toBeGreaterThan(combineScore(tidy));
  });

  it('prefers shorter and simpler code when everything else is equal', () => {
    expect(combineScore({ ...base, lines: 20 })).toBeGreaterThan(combineScore(base));
    expect(combineScore({ ...base, cyclomatic: 3 })).toBeGreaterThan(combineScore(base));
  });

  it('leaves speed out by default, so that timing never reorders candidates, and lets a weight bring it in', () => {
    expect(combineScore({ ...base, median_call_ms: 0.031 })).toBe(combineScore({ ...base, median_call_ms: 0.029 }));
    expect(combineScore({ ...base, median_call_ms: 1 }, { median_call_ms: -0.5 })).toBeCloseTo(combineScore(base) - 0.25);
  });

  it('ignores the test split by default and lets weights bring it in', () => {
    expect(combineScore({ ...base, test_pass_rate: 1 })).toBe(combineScore(base));
    expect(combineScore({ ...base, test_pass_rate: 1 }, { test_pass_rate: 0.5 })).toBeCloseTo(combineScore(base) + 0.5);
  });

  it('lets given weights override defaults, and accepts weights for metrics that are absent', () => {
    expect(combineScore(base, { train_pass_rate: 2 })).toBeCloseTo(combineScore(base) + 0.5);
    expect(combineScore(base, { script_accuracy: 3 })).toBe(combineScore(base));
    expect(combineScore({ ...base, script_accuracy: 0.5 }, { script_accuracy: 3 })).toBeCloseTo(combineScore(base) + 1.5);
  });

  it('puts every failed build below every built candidate, fewer errors first', () => {
    const worstBuilt = combineScore({ ...base, train_pass_rate: 0, train_mean_error: 1e9 }, { lines: -1e6 });
    const oneError = combineScore({ built: 0, build_errors: 1, train_pass_rate: 0 });
    const manyErrors = combineScore({ built: 0, build_errors: 30 });
    expect(worstBuilt).toBeGreaterThan(oneError);
    expect(oneError).toBeGreaterThan(manyErrors);
    expect(manyErrors).toBeGreaterThan(BUILD_FAILURE_SCORE - 1);
  });

  it('stays finite whatever the metrics', () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 1e308]) {
      expect(Number.isFinite(combineScore({ ...base, script_x: value, train_mean_error: value }, { script_x: 1e308 }))).toBe(true);
      expect(Number.isFinite(combineScore({ built: 0, build_errors: value }))).toBe(true);
    }
  });
});
