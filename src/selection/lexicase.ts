import type { Rng } from '../util/rng.js';

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

/** Equal as the errors' printed forms are: the same number, or both NaN (-0 and 0 print alike). */
function sameError(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

const hashSlot = new Float64Array(1);
const hashWords = new Int32Array(hashSlot.buffer);

/** A hash of a row of errors that equal rows (by sameError) share: -0 and NaN are hashed as 0 and one NaN. */
function rowHash(errors: Float64Array, from: number, width: number): number {
  let h = 0x811c9dc5;
  for (let c = from; c < from + width; c++) {
    const e = errors[c];
    hashSlot[0] = e === 0 ? 0 : e !== e ? Number.NaN : e;
    h = Math.imul(h ^ hashWords[0], 0x01000193);
    h = Math.imul(h ^ hashWords[1], 0x01000193);
  }
  return h;
}

/**
 * Lexicase selection over rows of an error matrix; identical error vectors are pooled so equal behaviour is picked
 * fairly. Given program sizes, a pick among equals is the smaller of two (parsimony that never costs an error).
 */
export class LexicaseSelector {
  private readonly groups: number[][] = [];
  private readonly pool: Int32Array;
  private readonly order: Int32Array;
  /**
   * The groups' errors case by case (case c's column at c * groups): each filtering step reads one case's errors of
   * the groups in its pool, which then lie together in memory instead of one row (of every case) apart. With float
   * errors and epsilon-lexicase the pools shrink slowly, and those reads were most of the selection's time.
   */
  private readonly byCase: Float64Array;
  /** Per case, the groups the first filtering step keeps (best within epsilon, in group order): that step scans every group, the later ones few. */
  private readonly firstKept: Int32Array[] = [];

  constructor(
    errors: Float64Array,
    rows: number,
    private readonly width: number,
    private readonly epsilons?: Float64Array,
    private readonly sizes?: ArrayLike<number>,
  ) {
    // Rows are grouped by a hash of their errors and compared on a hash match (a string key per row cost more than the selections on float errors).
    const seen = new Map<number, number[]>();
    const reps: number[] = [];
    for (let r = 0; r < rows; r++) {
      const h = rowHash(errors, r * width, width);
      const candidates = seen.get(h);
      const g = candidates?.find((k) => this.sameRow(errors, reps[k], r));
      if (g !== undefined) this.groups[g].push(r);
      else {
        if (candidates) candidates.push(this.groups.length);
        else seen.set(h, [this.groups.length]);
        this.groups.push([r]);
        reps.push(r);
      }
    }
    const count = reps.length;
    this.byCase = new Float64Array(width * count);
    for (let g = 0; g < count; g++) for (let c = 0; c < width; c++) this.byCase[c * count + g] = errors[reps[g] * width + c];
    this.pool = new Int32Array(count);
    this.order = new Int32Array(width);
    const all = reps.map((_, g) => g);
    for (let c = 0; c < width; c++) this.firstKept.push(this.filter(all, all.length, c));
  }

  private sameRow(errors: Float64Array, a: number, b: number): boolean {
    for (let c = 0; c < this.width; c++) if (!sameError(errors[a * this.width + c], errors[b * this.width + c])) return false;
    return true;
  }

  /** Keeps the first `size` groups of `pool` whose error on case c is the best of them within epsilon, in order; returns them. */
  private filter(pool: Int32Array | number[], size: number, c: number): Int32Array {
    const column = this.byCase.subarray(c * this.groups.length, (c + 1) * this.groups.length);
    let best = Infinity;
    for (let g = 0; g < size; g++) best = Math.min(best, column[pool[g]]);
    const limit = best + (this.epsilons ? this.epsilons[c] : 0);
    const kept: number[] = [];
    for (let g = 0; g < size; g++) if (column[pool[g]] <= limit) kept.push(pool[g]);
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
    const byCase = this.byCase;
    const count = this.groups.length;
    let size = count;
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
      const at = c * count;
      const epsilon = this.epsilons ? this.epsilons[c] : 0;
      // One pass keeps what is within epsilon of the best so far; a later, better group can only tighten the limit,
      // so a second pass over the (fewer) kept groups applies the final one. Same groups, same order as two full passes.
      let best = Infinity;
      let kept = 0;
      for (let g = 0; g < size; g++) {
        const e = byCase[at + pool[g]];
        if (e < best) best = e;
        if (e <= best + epsilon) pool[kept++] = pool[g];
      }
      const limit = best + epsilon;
      size = 0;
      for (let g = 0; g < kept; g++) if (byCase[at + pool[g]] <= limit) pool[size++] = pool[g];
    }
    const group = this.groups[pool[rng.int(size)]];
    const a = rng.pick(group);
    if (!this.sizes || group.length === 1) return a;
    const b = rng.pick(group);
    return this.sizes[b] < this.sizes[a] ? b : a;
  }
}
