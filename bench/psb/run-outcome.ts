/** What one seeded benchmark run produced. */
export interface RunOutcome {
  seed: number;
  solved: boolean;
  executions: number;
  wallMs: number;
  trainPassed: number;
  testPassed: number;
  /** The run's best program passed every train case (solved, or overfit when it failed a test case). */
  trainPerfect: boolean;
  /** Executions actually run (the rest of `executions` were programs whose errors were already known). */
  executionsRun: number;
  /**
   * Peak resident memory of the run in bytes: via core, the benchmark process (main thread and its worker threads);
   * via forge, the run's own process tree (the CLI process with its threads, and every process it spawned).
   */
  peakRssBytes: number;
  /** Non-blank lines of the solution's function body (solved runs only): the emitted program, or the module in nodes/. */
  bodyLines?: number;
  /**
   * What ended the run: `solved`, `budget` (the executions ran out), or, via forge, the reason the forge halted the
   * directive (`paused` by the custodian's last rung, `stagnation`, `flagged`…) or `exit N` when the CLI died.
   */
  endedBy: string;
}
