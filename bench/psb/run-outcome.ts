/** What one seeded benchmark run produced. */
export interface RunOutcome {
  seed: number;
  solved: boolean;
  executions: number;
  wallMs: number;
  trainPassed: number;
  testPassed: number;
}
