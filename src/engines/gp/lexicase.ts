import type { Rng } from './rng.js';

/** Per-column epsilon for epsilon-lexicase: the median absolute deviation of the population's errors on that case. */
export function madEpsilons(errors: Float64Array, rows: number, width: number): Float64Array {
  const eps = new Float64Array(width);
  const column = new Float64Array(rows);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < rows; r++) column[r] = errors[r * width + c];
    column.sort();
    const median = column[rows >> 1];
    for (let r = 0; r < rows; r++) column[r] = Math.abs(column[r] - median);
    column.sort();
    eps[c] = column[rows >> 1];
  }
  return eps;
}

/**
 * Lexicase selection over rows of an error matrix; identical error vectors are pooled so equal behaviour is picked
 * fairly. Given program sizes, a pick among equals is the smaller of two (parsimony that never costs an error).
 */
export class LexicaseSelector {
  private readonly groups: number[][] = [];
  private readonly reps: number[] = [];
  private readonly pool: Int32Array;
  private readonly order: Int32Array;
  /** Per case, the groups the first filtering step keeps (best within epsilon, in group order): that step scans every group, the later ones few. */
  private readonly firstKept: Int32Array[] = [];

  constructor(
    private readonly errors: Float64Array,
    rows: number,
    private readonly width: number,
    private readonly epsilons?: Float64Array,
    private readonly sizes?: ArrayLike<number>,
  ) {
    const seen = new Map<string, number>();
    for (let r = 0; r < rows; r++) {
      const key = errors.subarray(r * width, (r + 1) * width).join(',');
      const g = seen.get(key);
      if (g === undefined) {
        seen.set(key, this.groups.length);
        this.groups.push([r]);
        this.reps.push(r);
      } else this.groups[g].push(r);
    }
    this.pool = new Int32Array(this.reps.length);
    this.order = new Int32Array(width);
    const all = this.reps.map((_, g) => g);
    for (let c = 0; c < width; c++) this.firstKept.push(this.filter(all, all.length, c));
  }

  /** Keeps the first `size` groups of `pool` whose error on case c is the best of them within epsilon, in order; returns them. */
  private filter(pool: Int32Array | number[], size: number, c: number): Int32Array {
    let best = Infinity;
    for (let g = 0; g < size; g++) best = Math.min(best, this.errors[this.reps[pool[g]] * this.width + c]);
    const limit = best + (this.epsilons ? this.epsilons[c] : 0);
    const kept: number[] = [];
    for (let g = 0; g < size; g++) if (this.errors[this.reps[pool[g]] * this.width + c] <= limit) kept.push(pool[g]);
    return Int32Array.from(kept);
  }

  /** Number of distinct error vectors (behavioural diversity). */
  get distinct(): number {
    return this.groups.length;
  }

  /** Picks one parent: filter by cases in random order, keeping the best (within epsilon) each time. */
  select(rng: Rng): number {
    const pool = this.pool;
    const order = this.order;
    let size = this.reps.length;
    // The first step fills the pool from firstKept; without one (no case, or one group) the pool is every group.
    if (this.width === 0 || size <= 1) for (let g = 0; g < size; g++) pool[g] = g;
    for (let c = 0; c < this.width; c++) order[c] = c;
    for (let j = 0; j < this.width && size > 1; j++) {
      const k = j + rng.int(this.width - j);
      const c = order[k];
      order[k] = order[j];
      order[j] = c;
      if (j === 0) {
        const first = this.firstKept[c];
        pool.set(first);
        size = first.length;
        continue;
      }
      let best = Infinity;
      for (let g = 0; g < size; g++) best = Math.min(best, this.errors[this.reps[pool[g]] * this.width + c]);
      const limit = best + (this.epsilons ? this.epsilons[c] : 0);
      let kept = 0;
      for (let g = 0; g < size; g++) if (this.errors[this.reps[pool[g]] * this.width + c] <= limit) pool[kept++] = pool[g];
      size = kept;
    }
    const group = this.groups[pool[rng.int(size)]];
    const a = rng.pick(group);
    if (!this.sizes || group.length === 1) return a;
    const b = rng.pick(group);
    return this.sizes[b] < this.sizes[a] ? b : a;
  }
}
