import { BUILD_FAILURE_SCORE } from '../scoring/combine-score.js';

/** Colour of a failed build: grey, so that it reads as "no score" rather than "bad score". */
export const FAILED_BUILD_COLOR = '#9e9e9e';

/** The lowest and highest score among built candidates, which a lineage's colours stretch between. */
export interface ScoreRange {
  lo: number;
  hi: number;
}

/** True for the score of a candidate that built (failed builds score at or below BUILD_FAILURE_SCORE). */
export function isBuiltScore(score: number | null): score is number {
  return score !== null && Number.isFinite(score) && score > BUILD_FAILURE_SCORE + 1;
}

/** The range of the built scores, or [0, 1] when there are none; what the colour scale spans. */
export function scoreRange(scores: Iterable<number | null>): ScoreRange {
  let lo = Infinity;
  let hi = -Infinity;
  for (const score of scores) {
    if (!isBuiltScore(score)) continue;
    lo = Math.min(lo, score);
    hi = Math.max(hi, score);
  }
  return lo <= hi ? { lo, hi } : { lo: 0, hi: 1 };
}

/**
 * The fill of a candidate's node: red at the lineage's lowest built score through amber to green at its highest,
 * so that better and worse read at a glance even when every score of a hard directive is close; failed builds are
 * grey. The dashboard's client (graph-style.js) applies the same scale.
 */
export function scoreColor(score: number | null, range: ScoreRange): string {
  if (!isBuiltScore(score)) return FAILED_BUILD_COLOR;
  const span = range.hi - range.lo;
  const t = span > 0 ? Math.min(1, Math.max(0, (score - range.lo) / span)) : 1;
  return `hsl(${Math.round(t * 120)}, 70%, 45%)`;
}
