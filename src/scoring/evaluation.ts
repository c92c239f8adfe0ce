/** One case the candidate got wrong, kept to feed back into the next mutation. */
export interface FailingCase {
  split: 'train' | 'test';
  index: number;
  /** For examples: the inputs; for tests: the test name. */
  input: unknown;
  expected?: unknown;
  actual?: unknown;
  error?: string;
}

/** Outcome of running one candidate through its directive's evaluator in the sandbox. */
export interface Evaluation {
  /** passed: every case ran and met its expectation; failed: ran, some cases wrong; crashed/timeout: the sandbox ended it. */
  status: 'passed' | 'failed' | 'crashed' | 'timeout';
  train: { passed: number; total: number };
  test: { passed: number; total: number };
  /** Per-case error of each train case (PSB rules; 0 = exact); the GP engine's fitness vector. */
  trainErrors: number[];
  testErrors: number[];
  failingCases: FailingCase[];
  /** Metrics reported by a script evaluator, if any. */
  scriptMetrics?: Record<string, number>;
  scriptScore?: number;
  /** Median wall time of one call of the function under test, in milliseconds. */
  medianCallMs: number;
  /** Captured stderr/stdout of the sandboxed process, capped. */
  stderr: string;
  /** Why the sandbox ended the process early, or suspicious behaviour it saw. */
  notes: string[];
  solved: boolean;
}
