import type { ExampleSet } from '../directive/directive.js';
import type { CandidateRecord } from '../registry/records.js';
import type { FailingCase } from '../scoring/evaluation.js';

/** Train cases a candidate fails for the same apparent reason. */
export interface FailureCluster {
  /** The error signature shared by the cases, e.g. `TypeError` or `wrong: expected string(letters), got string(digits)`. */
  signature: string;
  /** Indices into the directive's train cases. */
  indices: number[];
}

/** A coarse shape of a value: enough to tell "Fizz" from "7" or a negative from a positive number. */
export function valueShape(value: unknown): string {
  if (typeof value === 'number') return value === 0 ? 'zero' : `${value < 0 ? 'negative' : 'positive'} ${Number.isInteger(value) ? 'int' : 'float'}`;
  if (typeof value === 'string') return value === '' ? 'empty string' : /^-?\d+$/.test(value) ? 'string(digits)' : /^[A-Za-z]+$/.test(value) ? 'string(letters)' : 'string(mixed)';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'empty array' : `array of ${valueShape(value[0])}`;
  return value === undefined ? 'nothing' : typeof value;
}

function signatureOf(expected: unknown[], failing: FailingCase | undefined): string {
  // The harness reports wrong values as errors too ("wrong output …"); those are grouped by the values' shapes.
  if (failing?.error && !/^wrong output/.test(failing.error)) return failing.error.split(/[:\n]/)[0].trim().slice(0, 60) || 'error';
  const want = expected.map(valueShape).join(', ');
  return failing && 'actual' in failing ? `wrong: expected ${want}, got ${valueShape(failing.actual)}` : `wrong: expected ${want}`;
}

/** The train cases a candidate fails (from its per-case errors, else from its failing-case list). */
export function failingTrainIndices(candidate: CandidateRecord): number[] {
  const errors = candidate.artifacts.trainErrors;
  if (errors) return errors.flatMap((error, i) => (error > 0 ? [i] : []));
  return (candidate.artifacts.failingCases ?? []).filter((c) => c.split === 'train').map((c) => c.index);
}

/**
 * Groups the train cases a candidate fails by error signature (the thrown error's name, or the shape of the expected
 * and actual values), largest group first: each group is a sub-problem the candidate has not learnt.
 */
export function clusterFailures(candidate: CandidateRecord, examples: ExampleSet): FailureCluster[] {
  const byIndex = new Map((candidate.artifacts.failingCases ?? []).filter((c) => c.split === 'train').map((c) => [c.index, c]));
  const clusters = new Map<string, number[]>();
  for (const index of failingTrainIndices(candidate)) {
    const example = examples.train[index];
    if (!example) continue;
    const signature = signatureOf(example.outputs, byIndex.get(index));
    clusters.set(signature, [...(clusters.get(signature) ?? []), index]);
  }
  return [...clusters.entries()].map(([signature, indices]) => ({ signature, indices })).sort((a, b) => b.indices.length - a.indices.length || a.signature.localeCompare(b.signature));
}
