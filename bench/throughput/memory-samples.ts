/** The process's memory at one point of an engine run (RSS covers every thread; the heap is this thread's). */
export interface MemorySample {
  executions: number;
  rssMb: number;
  heapMb: number;
}

/** Records memory once per generation of a run, and says how it moved over the run. */
export class MemorySamples {
  readonly samples: MemorySample[] = [];
  private peakRss = 0;

  /** Takes a sample (called from the engine's onGeneration). */
  take(executions: number): void {
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.samples.push({ executions, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 });
  }

  /** Highest RSS sampled, in MB (a sample per generation, so a peak between two generations can be missed). */
  peakRssMb(): number {
    return this.peakRss / 2 ** 20;
  }

  /** The samples nearest to each tenth of the run (by executions), for a table that shows growth or its absence. */
  tenths(): MemorySample[] {
    const last = this.samples.at(-1);
    if (!last) return [];
    const picked = Array.from({ length: 10 }, (_, i) => this.samples.find((s) => s.executions >= ((i + 1) * last.executions) / 10) ?? last);
    return [...new Set(picked)];
  }

  /** RSS growth from the second tenth of the run to its end, in MB per million executions (start-up excluded). */
  growthMbPerMillion(): number {
    const t = this.tenths();
    if (t.length < 3) return 0;
    const [from, to] = [t[1], t[t.length - 1]];
    return to.executions === from.executions ? 0 : ((to.rssMb - from.rssMb) * 1e6) / (to.executions - from.executions);
  }
}
