/** What one seeded benchmark run produced. */
export interface RunOutcome {
  seed: number;
  solved: boolean;
  executions: number;
  wallMs: number;
  trainPassed: number;
  testPassed: number;
  /** Executions actually run (the rest of `executions` were programs whose errors were already known). */
  executionsRun: number;
  /** Peak resident memory of the process (main thread and evaluation workers) during the run, in bytes. */
  peakRssBytes: number;
}
