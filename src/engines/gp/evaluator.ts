import { programSource } from '../../programs/compile-program.js';
import { ErrorCache } from './error-cache.js';
import type { EvalPool } from './eval-pool.js';
import type { GpContext } from '../../programs/gp-context.js';
import type { Individual } from '../../programs/program-tree.js';

/** Programs per message to a worker: small enough to balance the workers, large enough to amortise messaging and compiling. */
const CHUNK = 50;

/** Memory the train-error cache may hold (its entries are one float per train case and output). */
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Evaluates programs through the pool, running each distinct program once per chunk and looking up programs whose train
 * errors are already known. `executions` is what the budget is charged: every distinct program of a chunk times its cases,
 * found in the cache or not, as PushGP counts a generation; `ran` counts the executions actually run.
 */
export class Evaluator {
  executions = 0;
  ran = 0;
  private readonly cache: ErrorCache;
  /**
   * Programs posted for evaluation and not answered yet, for one choice of cases: the generation is bred (and posted)
   * before any answer is read, so a program bred twice in it would otherwise run twice. Each maps to its batch.
   */
  private inflight: { split: string; indices?: Int32Array; rows: Map<string, { done: Promise<void>; found: Map<string, Float64Array> }> } = { split: 'train', rows: new Map() };

  constructor(
    private readonly ctx: GpContext,
    private readonly pool: EvalPool,
    private readonly sizes: { train: number; test: number },
  ) {
    const width = sizes.train * ctx.returns.length;
    this.cache = new ErrorCache(width, Math.max(100, Math.floor(CACHE_BYTES / (8 * Math.max(1, width)))));
  }

  /** Case indices of a whole split. */
  all(split: 'train' | 'test'): Int32Array {
    return Int32Array.from({ length: this.sizes[split] }, (_, i) => i);
  }

  /** Error rows (one per program, width = cases x outputs) of the programs on the chosen cases; work is posted before this returns. */
  errors(programs: Individual[], split: 'train' | 'test', indices: Int32Array): Promise<Float64Array[]> {
    const sources = programs.map((p) => programSource(this.ctx, p));
    const k = this.ctx.returns.length;
    const width = indices.length * k;
    if (this.inflight.split !== split || this.inflight.indices !== indices) this.inflight = { split, indices, rows: new Map() };
    const inflight = this.inflight.rows;
    const parts: Promise<Map<string, Float64Array>>[] = [];
    for (let at = 0; at < sources.length; at += CHUNK) {
      const unique = [...new Set(sources.slice(at, at + CHUNK))];
      this.executions += unique.length * indices.length;
      const found = new Map<string, Float64Array>();
      const missing: string[] = [];
      const waits: Promise<void>[] = [];
      for (const s of unique) {
        const row = split === 'train' ? this.cache.lookup(s, indices, k) : undefined;
        const posted = row ? undefined : inflight.get(s);
        if (row) found.set(s, row);
        else if (posted) waits.push(posted.done.then(() => void found.set(s, posted.found.get(s) as Float64Array)));
        else missing.push(s);
      }
      if (missing.length > 0) {
        this.ran += missing.length * indices.length;
        const done = this.pool.evaluate(missing, split, indices).then((flat) => {
          missing.forEach((s, i) => {
            const row = flat.subarray(i * width, (i + 1) * width);
            if (split === 'train') this.cache.store(s, indices, k, row);
            found.set(s, row);
            inflight.delete(s);
          });
        });
        for (const s of missing) inflight.set(s, { done, found });
        waits.push(done);
      }
      parts.push(Promise.all(waits).then(() => found));
    }
    return Promise.all(parts).then((maps) => sources.map((s, i) => maps[Math.floor(i / CHUNK)].get(s) as Float64Array));
  }

  /** True when a row of errors is all zero. */
  static perfect(row: Float64Array): boolean {
    for (const e of row) if (e !== 0) return false;
    return true;
  }

  /** Cases passed (every output of the case exact) in a row of errors. */
  passed(row: Float64Array): number {
    const k = this.ctx.returns.length;
    let n = 0;
    for (let c = 0; c < row.length; c += k) {
      let ok = true;
      for (let o = 0; o < k; o++) if (row[c + o] !== 0) ok = false;
      if (ok) n++;
    }
    return n;
  }
}
