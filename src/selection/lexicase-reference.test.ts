import { describe, expect, it } from 'vitest';
import { LexicaseSelector, madEpsilons } from './lexicase.js';
import { Rng } from '../util/rng.js';

/**
 * The selection as first written (rows grouped by their printed errors, every step two passes over the pool's rows):
 * the selector's faster layout must pick exactly what this picks, draw for draw, so a run's search does not change.
 */
function referencePicks(errors: Float64Array, rows: number, width: number, eps: Float64Array | undefined, sizes: number[], seed: number, draws: number): number[] {
  const seen = new Map<string, number>();
  const groups: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const key = errors.subarray(r * width, (r + 1) * width).join(',');
    const g = seen.get(key);
    if (g === undefined) {
      seen.set(key, groups.length);
      groups.push([r]);
    } else groups[g].push(r);
  }
  const err = (g: number, c: number): number => errors[groups[g][0] * width + c];
  const rng = new Rng(seed);
  const picks: number[] = [];
  for (let d = 0; d < draws; d++) {
    let pool = groups.map((_, g) => g);
    const order = Array.from({ length: width }, (_, c) => c);
    for (let j = 0; j < width && pool.length > 1; j++) {
      const k = j + rng.int(width - j);
      const c = order[k];
      [order[k], order[j]] = [order[j], c];
      const best = Math.min(...pool.map((g) => err(g, c)));
      pool = pool.filter((g) => err(g, c) <= best + (eps ? eps[c] : 0));
    }
    const group = groups[pool[rng.int(pool.length)]];
    const a = rng.pick(group);
    if (group.length === 1) picks.push(a);
    else {
      const b = rng.pick(group);
      picks.push(sizes[b] < sizes[a] ? b : a);
    }
  }
  return picks;
}

/** Float errors with many near ties and some exact duplicates (copied rows, -0 for 0), as a float problem's population has. */
function population(rng: Rng, rows: number, width: number): Float64Array {
  const m = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    if (r > 0 && rng.next() < 0.3) {
      const from = rng.int(r);
      m.copyWithin(r * width, from * width, (from + 1) * width);
      continue;
    }
    for (let c = 0; c < width; c++) m[r * width + c] = rng.next() < 0.2 ? (rng.next() < 0.5 ? -0 : 0) : Math.round(rng.next() * 1000) / 100;
  }
  return m;
}

describe('lexicase selection against the reference algorithm', () => {
  it('picks the same parents in the same order, with and without epsilon, on float errors with ties', () => {
    const rng = new Rng(11);
    for (const [rows, width] of [[200, 20], [50, 7], [300, 3]]) {
      const errors = population(rng, rows, width);
      const sizes = Array.from({ length: rows }, () => 1 + rng.int(30));
      for (const eps of [undefined, madEpsilons(errors, rows, width)]) {
        const selector = new LexicaseSelector(errors, rows, width, eps, sizes);
        const draw = new Rng(rows + width);
        const picks = Array.from({ length: 500 }, () => selector.select(draw));
        expect(picks).toEqual(referencePicks(errors, rows, width, eps, sizes, rows + width, 500));
      }
    }
  });

  it('pools rows whose errors print alike: -0 with 0, copies with their original', () => {
    const errors = Float64Array.from([0, 1.5, -0, 1.5, 2, 1.5, 0, 1.5]);
    expect(new LexicaseSelector(errors, 4, 2).distinct).toBe(2);
  });

  it('keeps rows apart whose hashes collide, and picks among them as the reference does', () => {
    // These two errors hash alike (found by search): only the comparison on a hash match tells them apart.
    const errors = Float64Array.from([109.50253110008612, 560.5908121813154, 109.50253110008612, 560.5908121813154]);
    const selector = new LexicaseSelector(errors, 4, 1, undefined, [3, 2, 1, 4]);
    expect(selector.distinct).toBe(2);
    const draw = new Rng(5);
    expect(Array.from({ length: 50 }, () => selector.select(draw))).toEqual(referencePicks(errors, 4, 1, undefined, [3, 2, 1, 4], 5, 50));
  });
});
