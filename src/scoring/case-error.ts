import { isDeepStrictEqual } from 'node:util';
import { boundedLevenshtein } from './bounded-levenshtein.js';
import { outputSize, outputSizeCap } from './output-size.js';

/** Error of a case whose output is missing, of the wrong type or thrown: large enough that any real answer beats it. */
export const CASE_PENALTY = 1_000_000;

// PSB compares float outputs to 4 decimal places: a difference below this is no difference.
const FLOAT_TOLERANCE = 1e-4;
// PSB charges each missing or extra vector element this much.
const LENGTH_PENALTY = 1000;

/**
 * PSB per-case error of one call's output against the expected outputs (0 = the case passes).
 * Numbers: |difference| (zero within 1e-4); strings: Levenshtein distance; booleans: 0/1;
 * vectors: 1000 x |length difference| + the element errors over the common prefix.
 * With several expected outputs the function returns a tuple and the errors add up.
 * An output larger than ten times the expected outputs plus 1 KB fails with the penalty before any comparison, and
 * Levenshtein's work is bounded (`boundedLevenshtein`), so scoring one case costs O(cap) whatever the candidate returns.
 */
export function caseError(expected: readonly unknown[], actual: unknown): number {
  const cap = outputSizeCap(expected);
  if (outputSize(actual, cap) > cap) return CASE_PENALTY;
  if (expected.length === 1) return valueError(expected[0], actual);
  if (!Array.isArray(actual) || actual.length !== expected.length) return CASE_PENALTY;
  let total = 0;
  for (let i = 0; i < expected.length; i++) total += valueError(expected[i], actual[i]);
  return Math.min(total, CASE_PENALTY);
}

function valueError(expected: unknown, actual: unknown): number {
  if (Array.isArray(expected)) return vectorError(expected, actual);
  return scalarError(expected, actual);
}

function scalarError(expected: unknown, actual: unknown): number {
  switch (typeof expected) {
    case 'number':
      return numberError(expected, actual);
    case 'string':
      return typeof actual === 'string' ? Math.min(boundedLevenshtein(expected, actual), CASE_PENALTY) : CASE_PENALTY;
    case 'boolean':
      return typeof actual === 'boolean' ? (actual === expected ? 0 : 1) : CASE_PENALTY;
    default:
      if (typeof actual !== typeof expected || Array.isArray(actual)) return CASE_PENALTY;
      return isDeepStrictEqual(expected, actual) ? 0 : 1;
  }
}

function numberError(expected: number, actual: unknown): number {
  if (typeof actual !== 'number' || Number.isNaN(actual)) return CASE_PENALTY;
  if (Object.is(expected, actual)) return 0;
  const difference = Math.abs(actual - expected);
  if (!Number.isFinite(difference)) return CASE_PENALTY;
  return difference < FLOAT_TOLERANCE ? 0 : Math.min(difference, CASE_PENALTY);
}

function vectorError(expected: readonly unknown[], actual: unknown): number {
  if (!Array.isArray(actual)) return CASE_PENALTY;
  // With an empty expected vector the element type is unknown; the actual elements must still be scalars.
  const sample = expected.length > 0 ? expected[0] : undefined;
  let total = LENGTH_PENALTY * Math.abs(expected.length - actual.length);
  const common = Math.min(expected.length, actual.length);
  for (let i = 0; i < common && total < CASE_PENALTY; i++) total += scalarError(expected[i], actual[i]);
  for (let i = common; i < actual.length && total < CASE_PENALTY; i++) {
    const item: unknown = actual[i];
    const fits = sample === undefined ? ['number', 'string', 'boolean'].includes(typeof item) : typeof item === typeof sample;
    if (!fits || (typeof item === 'number' && Number.isNaN(item))) return CASE_PENALTY;
  }
  return Math.min(total, CASE_PENALTY);
}
