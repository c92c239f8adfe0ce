import { writeFileSync } from 'node:fs';
import { procStatusBytes } from './proc-status-bytes.js';

/**
 * Measures the peak resident memory of this process (main thread and its evaluation worker threads) over one run:
 * the kernel's high-water mark, reset at the start (`/proc/self/clear_refs`), and samples of the current RSS taken
 * meanwhile in case the reset is refused. Elsewhere than Linux it falls back to the process's lifetime maximum.
 */
export class PeakRss {
  private sampled = 0;
  private readonly reset: boolean;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 250) {
    let reset = false;
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      reset = true;
    } catch {
      // not Linux, or not allowed: the samples (and maxRSS) have to do
    }
    this.reset = reset;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    this.sampled = Math.max(this.sampled, procStatusBytes('self', 'VmRSS') ?? 0);
  }

  /** Stops sampling and returns the peak in bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    const hwm = this.reset ? (procStatusBytes('self', 'VmHWM') ?? 0) : 0;
    return Math.max(this.sampled, hwm, this.sampled === 0 ? process.resourceUsage().maxRSS * 1024 : 0);
  }
}
