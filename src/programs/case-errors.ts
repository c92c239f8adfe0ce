import type { GpType } from './gp-problem.js';

/** Error given to a wrong-typed, non-finite or missing output, and to a case whose execution threw. */
export const PENALTY = 1_000_000;

const rowA = new Int32Array(2001);
const rowB = new Int32Array(2001);
/** Per UTF-16 code unit, the positions where it occurs in the pattern (bit i: pattern[i]); cleared after each use. */
const peq = new Int32Array(65536);

/** Edit distance by Myers' bit-parallel algorithm (1999), for a pattern of 1 to 32 code units: one pass over the text. */
function myers(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return score;
}

/** Levenshtein distance: common prefix and suffix dropped, then bit-parallel for short strings, two-row DP otherwise (very long strings get a cheap upper bound instead). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 2000 || b.length > 2000) return Math.max(a.length, b.length);
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (endA === start) return endB - start;
  if (endB === start) return endA - start;
  a = a.slice(start, endA);
  b = b.slice(start, endB);
  if (a.length <= 32 && a.length <= b.length) return myers(a, b);
  if (b.length <= 32) return myers(b, a);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function numberError(actual: unknown, expected: number, float: boolean): number {
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return PENALTY;
  const d = Math.abs(actual - expected);
  if (float) return d < 1e-4 ? 0 : Math.min(d, PENALTY);
  return Math.min(d, PENALTY);
}

function vectorError(actual: unknown, expected: unknown[], element: GpType): number {
  if (!Array.isArray(actual)) return PENALTY;
  let total = 1000 * Math.abs(actual.length - expected.length);
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) total += caseError(element, actual[i], expected[i]);
  return Math.min(total, PENALTY);
}

/** PSB error of one output (same rules as the sandbox's src/scoring/case-error.ts): 0 means correct. */
export function caseError(type: GpType, actual: unknown, expected: unknown): number {
  switch (type) {
    case 'int':
      return numberError(actual, expected as number, false);
    case 'float':
      return numberError(actual, expected as number, true);
    case 'boolean':
      return typeof actual !== 'boolean' ? PENALTY : actual === expected ? 0 : 1;
    case 'string':
      return typeof actual !== 'string' ? PENALTY : levenshtein(actual, expected as string);
    default:
      return vectorError(actual, expected as unknown[], type.slice(0, -2) as GpType);
  }
}
