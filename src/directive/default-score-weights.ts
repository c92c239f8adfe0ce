/**
 * The weights used where neither forge_config.json `scoring` nor the directive's `scoring` says otherwise.
 * Functional metrics decide; the structural terms together can move a score by at most 0.0025, less than one train
 * case in 200, so they only break ties. Held-out metrics (test_*, solved) weigh 0 so that selection never sees the test
 * split. Speed (median_call_ms) is measured but weighs 0: a wall-clock term differs from one run to the next, and as a
 * tie-break it reordered parents, so the same seed gave different runs. See docs/scoring.md.
 */
export const DEFAULT_SCORE_WEIGHTS: Readonly<Record<string, number>> = {
  train_pass_rate: 1,
  train_mean_error: -0.2,
  script_score: 1,
  test_pass_rate: 0,
  test_mean_error: 0,
  solved: 0,
  lines: -0.001,
  cyclomatic: -0.001,
  lint_findings: -0.0005,
  median_call_ms: 0,
};
