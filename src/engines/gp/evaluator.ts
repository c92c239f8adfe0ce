import { programSource } from './compile-program.js';
import type { EvalPool } from './eval-pool.js';
import type { GpContext } from './gp-context.js';
import type { Individual } from './program-tree.js';

/** Programs per message to a worker: small enough to balance the workers, large enough to amortise messaging. */
const CHUNK = 50;

/** Evaluates programs through the pool, running each distinct program once and counting every execution. */
export class Evaluator {
  executions = 0;

  constructor(
    private readonly ctx: GpContext,
    private readonly pool: EvalPool,
    private readonly sizes: { train: number; test: number },
  ) {}

  /** Case indices of a whole split. */
  all(split: 'train' | 'test'): Int32Array {
    return Int32Array.from({ length: this.sizes[split] }, (_, i) => i);
  }

  /** Error rows (one per program, width = cases x outputs) of the programs on the chosen cases; work is posted before this returns. */
  errors(programs: Individual[], split: 'train' | 'test', indices: Int32Array): Promise<Float64Array[]> {
    const sources = programs.map((p) => programSource(this.ctx, p));
    const width = indices.length * this.ctx.returns.length;
    const parts: Promise<Map<string, Float64Array>>[] = [];
    for (let at = 0; at < sources.length; at += CHUNK) {
      const unique = [...new Set(sources.slice(at, at + CHUNK))];
      this.executions += unique.length * indices.length;
      parts.push(
        this.pool.evaluate(unique, split, indices).then((flat) => new Map(unique.map((s, i) => [s, flat.subarray(i * width, (i + 1) * width)]))),
      );
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
