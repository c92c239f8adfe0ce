import { describe, expect, it } from 'vitest';
import { scoreTimeline, TIMELINE_POINTS } from './progress-view.js';

describe('scoreTimeline', () => {
  it('keeps one point per candidate for short runs, with the best so far', () => {
    expect(scoreTimeline([null, 0.2, 0.1, 0.5])).toEqual([
      { n: 1, score: null, best: null },
      { n: 2, score: 0.2, best: 0.2 },
      { n: 3, score: 0.1, best: 0.2 },
      { n: 4, score: 0.5, best: 0.5 },
    ]);
  });

  it('buckets long runs to at most TIMELINE_POINTS points, keeping the top score of each bucket', () => {
    const scores = Array.from({ length: 10_000 }, (_, i) => (i === 4321 ? 2 : i / 10_000));
    const points = scoreTimeline(scores);
    expect(points.length).toBeLessThanOrEqual(TIMELINE_POINTS);
    expect(points.at(-1)).toMatchObject({ n: 10_000, best: 2 });
    expect(points.some((p) => p.score === 2)).toBe(true);
  });
});
