import type { Rng } from '../util/rng.js';

/** Of some rows, those whose error on case c is within the tolerance of the best (epsilon: the rows' median absolute deviation). */
function bestOn(rows: number[], errors: number[][], c: number, epsilon: boolean): number[] {
  let best = Infinity;
  for (const i of rows) best = Math.min(best, errors[i][c]);
  let limit = best;
  if (epsilon) {
    const column = Float64Array.from(rows, (i) => errors[i][c]).sort();
    const median = column[column.length >> 1];
    limit += column.map((e) => Math.abs(e - median)).sort()[column.length >> 1];
  }
  return rows.filter((i) => errors[i][c] <= limit);
}

/**
 * Picks up to `count` rows of an error matrix (one row per program, one column per case) for diversity: the lowest
 * total error first, then lexicase selection without replacement (Spector 2012; Helmuth, Spector and Matheson 2015),
 * so each pick is the best, in a fresh random order of the cases, among the rows not yet picked. With `epsilon` each
 * step keeps the rows within the median absolute deviation of the best (epsilon-lexicase, La Cava, Spector and Danai
 * 2016; at a pick's first case the deviation of all rows, computed once per case, at later cases that of the rows
 * still in the pool), since exact ties are rare on real-valued
 * outputs. Rows with identical errors count once (the first: the smallest when rows come smallest first); ties after
 * every case go to the smaller program, then the lower total. Why not the lowest totals alone: those are programs
 * that fit many cases roughly, often variants of one structure, while the expression a search grows into the answer
 * may be best on a few cases and worse on average.
 */
export function lexicaseSeeds(errors: number[][], sizes: number[], count: number, epsilon: boolean, rng: Rng): number[] {
  const totals = errors.map((row) => row.reduce((a, b) => a + b, 0));
  const keys = new Set<string>();
  const rows = errors.map((_, i) => i).filter((i) => !keys.has(errors[i].join()) && Boolean(keys.add(errors[i].join())));
  if (rows.length === 0 || count <= 0) return [];
  const width = errors[0].length;
  // The first step sees (nearly) every row, so it is computed once per case; later steps see few rows.
  const firstStep = Array.from({ length: width }, (_, c) => bestOn(rows, errors, c, epsilon));
  const left = new Set(rows);
  const picked = [rows.reduce((b, i) => (totals[i] < totals[b] || (totals[i] === totals[b] && sizes[i] < sizes[b]) ? i : b))];
  left.delete(picked[0]);
  while (picked.length < count && left.size > 0) {
    let pool: number[] | undefined;
    for (const c of rng.shuffled(Array.from({ length: width }, (_, j) => j))) {
      if (pool === undefined) {
        // Once every row the first step kept is picked, the best of the rest is found as in any other step.
        const kept = firstStep[c].filter((i) => left.has(i));
        pool = kept.length > 0 ? kept : bestOn([...left], errors, c, epsilon);
      } else pool = bestOn(pool, errors, c, epsilon);
      if (pool.length === 1) break;
    }
    pool ??= [...left];
    const pick = pool.reduce((b, i) => (sizes[i] < sizes[b] || (sizes[i] === sizes[b] && totals[i] < totals[b]) ? i : b));
    picked.push(pick);
    left.delete(pick);
  }
  return picked;
}
