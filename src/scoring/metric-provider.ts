import type { BuildResult } from '../check/build-result.js';
import type { Evaluation } from './evaluation.js';

/**
 * A source of named metrics for one candidate. `evaluation` is absent when the build failed; a provider then reports
 * what it can (or nothing). Every value must be a finite number; names are snake_case and unique across providers.
 */
export interface MetricProvider {
  readonly name: string;
  measure(build: BuildResult, evaluation: Evaluation | undefined): Record<string, number>;
}
