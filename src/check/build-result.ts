/** A structured build error stored with the candidate. */
export interface BuildError {
  stage: 'parse' | 'line-limit' | 'type-check' | 'static-guard' | 'signature';
  message: string;
  line?: number;
}

/** Structural metrics measured at build time. */
export interface StructuralMetrics {
  lines: number;
  cyclomatic: number;
  typeErrors: number;
  lintFindings: number;
}

/** Result of the build stage for one candidate. */
export interface BuildResult {
  ok: boolean;
  errors: BuildError[];
  structural: StructuralMetrics;
  /** Absolute path of the compiled ES module, present when ok. */
  modulePath?: string;
  /** The staging directory holding the candidate's files. */
  stagingDir: string;
}
