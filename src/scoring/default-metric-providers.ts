import { functionalMetrics } from './functional-metrics.js';
import type { MetricProvider } from './metric-provider.js';
import { performanceMetrics } from './performance-metrics.js';
import { scriptMetrics } from './script-metrics.js';
import { structuralMetrics } from './structural-metrics.js';

/** The providers every candidate is measured with; pass a longer list to computeMetrics to add metrics. */
export const defaultMetricProviders: readonly MetricProvider[] = [functionalMetrics, structuralMetrics, performanceMetrics, scriptMetrics];
