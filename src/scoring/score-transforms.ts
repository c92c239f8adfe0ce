/** Maps a non-negative count onto [0, 1): x / (x + scale), so the metric's weight bounds its share of the score. */
function saturating(scale: number): (value: number) => number {
  return (value) => (value <= 0 ? 0 : Number.isFinite(value) ? value / (value + scale) : 1);
}

/**
 * How each unbounded metric enters the score before it is weighted; the scale is the value that counts as "half bad".
 * Metrics not listed (rates, solved, script metrics) enter as they are.
 */
export const scoreTransforms: Readonly<Record<string, (value: number) => number>> = {
  train_mean_error: saturating(1),
  test_mean_error: saturating(1),
  lines: saturating(50),
  cyclomatic: saturating(10),
  lint_findings: saturating(2),
  type_errors: saturating(1),
  build_errors: saturating(1),
  median_call_ms: saturating(1),
};
