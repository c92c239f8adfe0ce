import type { MetricProvider } from './metric-provider.js';

/** How fast the candidate ran: the median wall time of one call, 0 when nothing was measured. */
export const performanceMetrics: MetricProvider = {
  name: 'performance',
  measure(_build, evaluation) {
    const median = evaluation?.medianCallMs ?? 0;
    return { median_call_ms: Number.isFinite(median) && median > 0 ? median : 0 };
  },
};
