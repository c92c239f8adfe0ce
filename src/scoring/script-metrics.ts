import type { MetricProvider } from './metric-provider.js';

/**
 * What a script evaluator reported: each of its metrics as `script_<name>`, and its score as `script_score`, clamped
 * to [0, 1] so that a score means the same for every directive; a score outside that range is also kept as
 * `script_score_reported` (and the evaluation carries a note saying so).
 */
export const scriptMetrics: MetricProvider = {
  name: 'script',
  measure(_build, evaluation) {
    const metrics: Record<string, number> = {};
    for (const [name, value] of Object.entries(evaluation?.scriptMetrics ?? {})) {
      if (Number.isFinite(value)) metrics[`script_${name}`] = value;
    }
    // The script's own score wins over a metric it happened to call "score".
    const score = evaluation?.scriptScore;
    if (score !== undefined && Number.isFinite(score)) {
      metrics.script_score = Math.min(1, Math.max(0, score));
      if (score !== metrics.script_score) metrics.script_score_reported = score;
    }
    return metrics;
  },
};
