import type { ExampleCase } from '../../directive/directive.js';
import type { Rng } from '../../util/rng.js';
import { caseInputSize } from '../../programs/step-budget.js';

/** Share of the train cases held back from selection (at least one case once there are ten). */
export const VALIDATION_RATE = 0.1;

/** Train cases selection may look at, and the held-back ones a program must also pass to count as solved. */
export interface ValidationSplit {
  selection: Int32Array;
  validation: Int32Array;
}

/**
 * Holds back part of the train set from selection: half of it the cases with the largest inputs (so a program that
 * only handles the sizes it was selected on is caught), half at random. Small train sets hold nothing back.
 */
export function validationSplit(train: ExampleCase[], rng: Rng): ValidationSplit {
  const n = train.length;
  const k = n < 10 ? 0 : Math.max(1, Math.round(n * VALIDATION_RATE));
  const bySize = rng.shuffled(Array.from({ length: n }, (_, i) => i)).sort((a, b) => caseInputSize(train[b].inputs) - caseInputSize(train[a].inputs));
  const largest = bySize.slice(0, Math.ceil(k / 2));
  const rest = rng.shuffled(bySize.slice(largest.length)).slice(0, k - largest.length);
  const held = new Set([...largest, ...rest]);
  return {
    selection: Int32Array.from({ length: n }, (_, i) => i).filter((i) => !held.has(i)),
    validation: Int32Array.from([...held].sort((a, b) => a - b)),
  };
}

/** Test cases in the order a train-perfect program meets them: those with inputs larger than any train input first. */
export function probeOrder(train: ExampleCase[], test: ExampleCase[]): Int32Array {
  const largest = train.reduce((m, c) => Math.max(m, caseInputSize(c.inputs)), 0);
  const sizes = test.map((c) => caseInputSize(c.inputs));
  const beyond = sizes.map((s, i) => (s > largest ? i : -1)).filter((i) => i >= 0);
  const within = sizes.map((s, i) => (s > largest ? -1 : i)).filter((i) => i >= 0);
  return Int32Array.from([...beyond, ...within]);
}
