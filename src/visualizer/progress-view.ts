import type { DirectiveStats, Registry } from '../registry/registry.js';
import { BUILD_FAILURE_SCORE } from '../scoring/combine-score.js';

/** Most points a score-over-time chart gets; more would only cost bandwidth, a chart is a few hundred pixels wide. */
export const TIMELINE_POINTS = 600;

/** One point of the score-over-time chart: the n-th candidate, the best score in its stretch and the best so far. */
export interface TimelinePoint {
  n: number;
  score: number | null;
  best: number | null;
}

/** How a directive is doing: counts and success rates by engine, operator and prompt variant, and score over time. */
export interface ProgressView {
  stats: DirectiveStats;
  timeline: TimelinePoint[];
}

/** Builds the progress panel's data; the timeline is bucketed to at most TIMELINE_POINTS points. */
export function progressView(registry: Registry, directiveId: string): ProgressView {
  const scores = registry.lineageGraph(directiveId).nodes.map((n) => (n.score > BUILD_FAILURE_SCORE + 1 ? n.score : null));
  return { stats: registry.stats(directiveId), timeline: scoreTimeline(scores) };
}

/** Buckets candidate scores (registration order, null = failed build) into points with their best-so-far. */
export function scoreTimeline(scores: readonly (number | null)[]): TimelinePoint[] {
  const size = Math.max(1, Math.ceil(scores.length / TIMELINE_POINTS));
  const points: TimelinePoint[] = [];
  let best: number | null = null;
  for (let start = 0; start < scores.length; start += size) {
    let top: number | null = null;
    for (const score of scores.slice(start, start + size)) if (score !== null && (top === null || score > top)) top = score;
    if (top !== null && (best === null || top > best)) best = top;
    points.push({ n: Math.min(scores.length, start + size), score: top, best });
  }
  return points;
}
