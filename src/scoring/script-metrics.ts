import type { MetricProvider } from './metric-provider.js';

/** What a script evaluator reported: each of its metrics as `script_<name>`, and its score as `script_score`. */
export const scriptMetrics: MetricProvider = {
  name: 'script',
  measure(_build, evaluation) {
    const metrics: Record<string, number> = {};
    for (const [name, value] of Object.entries(evaluation?.scriptMetrics ?? {})) {
      if (Number.isFinite(value)) metrics[`script_${name}`] = value;
    }
    // The script's own score wins over a metric it happened to call "score".
    const score = evaluation?.scriptScore;
    if (score !== undefined && Number.isFinite(score)) metrics.script_score = score;
    return metrics;
  },
};
