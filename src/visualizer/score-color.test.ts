import { describe, expect, it } from 'vitest';
import { FAILED_BUILD_COLOR, scoreColor, scoreRange } from './score-color.js';

describe('scoreColor', () => {
  it('spans red to green over the built scores and greys failed builds', () => {
    const range = scoreRange([-0.2, 0.3, -1000.5, null, Number.NEGATIVE_INFINITY]);
    expect(range).toEqual({ lo: -0.2, hi: 0.3 });
    expect(scoreColor(-0.2, range)).toBe('hsl(0, 70%, 45%)');
    expect(scoreColor(0.3, range)).toBe('hsl(120, 70%, 45%)');
    expect(scoreColor(0.05, range)).toBe('hsl(60, 70%, 45%)');
    expect(scoreColor(-1000.5, range)).toBe(FAILED_BUILD_COLOR);
    expect(scoreColor(null, range)).toBe(FAILED_BUILD_COLOR);
  });

  it('falls back to [0, 1] without built scores and paints a single score green', () => {
    expect(scoreRange([])).toEqual({ lo: 0, hi: 1 });
    expect(scoreColor(0.4, { lo: 0.4, hi: 0.4 })).toBe('hsl(120, 70%, 45%)');
  });
});
