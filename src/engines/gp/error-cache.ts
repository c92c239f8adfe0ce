/**
 * Train errors of recently seen programs, keyed by program source, least recently used first out. Selection keeps
 * many programs unchanged (clones, neutral variations), and a program met again is looked up instead of run again.
 * Each entry holds one error per (train case, output); NaN marks a case the program has not been run on yet.
 */
export class ErrorCache {
  private readonly entries = new Map<string, Float64Array>();

  constructor(
    private readonly width: number,
    private readonly capacity: number,
  ) {}

  /** Number of programs held. */
  get size(): number {
    return this.entries.size;
  }

  /** The program's row of errors on the chosen cases when every one is known (and marks it recently used), else undefined. */
  lookup(source: string, indices: Int32Array, outputs: number): Float64Array | undefined {
    const all = this.entries.get(source);
    if (all === undefined) return undefined;
    const row = new Float64Array(indices.length * outputs);
    for (let n = 0; n < indices.length; n++) {
      for (let o = 0; o < outputs; o++) {
        const e = all[indices[n] * outputs + o];
        if (Number.isNaN(e)) return undefined;
        row[n * outputs + o] = e;
      }
    }
    this.entries.delete(source);
    this.entries.set(source, all);
    return row;
  }

  /** Records the program's errors on the chosen cases, evicting the least recently used program when full. */
  store(source: string, indices: Int32Array, outputs: number, row: Float64Array): void {
    let all = this.entries.get(source);
    if (all === undefined) {
      // A full cache hands the evicted program's row to the new one: no new long-lived array for the GC to copy.
      let reused: Float64Array | undefined;
      if (this.entries.size >= this.capacity) {
        const oldest = this.entries.keys().next().value as string;
        reused = this.entries.get(oldest);
        this.entries.delete(oldest);
      }
      all = (reused ?? new Float64Array(this.width)).fill(Number.NaN);
    } else this.entries.delete(source);
    this.entries.set(source, all);
    for (let n = 0; n < indices.length; n++) for (let o = 0; o < outputs; o++) all[indices[n] * outputs + o] = row[n * outputs + o];
  }
}
