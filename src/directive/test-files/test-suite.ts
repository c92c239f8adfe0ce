/**
 * A tests directive's test files as the offline engine runs them: trusted evaluator code, sent to each evaluation
 * worker as text and loaded there once. Its `cases` are train cases numbered after the directive's literal examples.
 */
export interface GpTestSuite {
  /** Each file's CommonJS source (transpiled once from the directive's file) and the name its tests are reported under. */
  files: { file: string; name: string; source: string }[];
  /** The named tests in order, named as the sandbox names them (`file`, or `file > key` for an object of tests). */
  names: string[];
  /** Assertions each test made when probed: a failing test's error falls with each of them a program gets past. */
  assertions: number[];
  /**
   * The train cases the suite adds, in order: each named test, then each of its assertions that gave no literal case
   * (by position: the program passes it when it gets past that many assertions of the test). Literal ones are examples.
   */
  cases: { test: number; assertion?: number }[];
  /** Wall time one test may take on one program; past it every call of the program throws and the test fails. */
  timeoutMs: number;
}
