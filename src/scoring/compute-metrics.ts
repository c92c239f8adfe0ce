import type { BuildResult } from '../check/build-result.js';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { defaultMetricProviders } from './default-metric-providers.js';
import type { Evaluation } from './evaluation.js';
import type { MetricProvider } from './metric-provider.js';

/**
 * The candidate's whole metric vector: every provider's metrics, merged. Values that are not finite numbers are
 * dropped, so the vector always stores cleanly; two providers claiming one name is a programming error.
 */
export function computeMetrics(
  build: BuildResult,
  evaluation?: Evaluation,
  providers: readonly MetricProvider[] = defaultMetricProviders,
): Record<string, number> {
  const metrics: Record<string, number> = {};
  const owner = new Map<string, string>();
  for (const provider of providers) {
    for (const [name, value] of Object.entries(provider.measure(build, evaluation))) {
      const claimed = owner.get(name);
      if (claimed !== undefined) {
        throw new HephaestusError('INTERNAL', `metric "${name}" is produced by both the ${claimed} and the ${provider.name} providers`);
      }
      owner.set(name, provider.name);
      if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
    }
  }
  return metrics;
}
