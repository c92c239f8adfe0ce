import type { ExampleSet } from '../directive/directive.js';
import type { Evaluation } from '../scoring/evaluation.js';

/** Resource limits for one sandboxed evaluation. */
export interface SandboxLimits {
  timeoutMs: number;
  memoryMb: number;
  maxOutputBytes: number;
}

/** What a sandbox is asked to run: one compiled candidate module against one evaluator. */
export interface SandboxJob {
  /** Absolute path of the candidate compiled to an ES module (.mjs) inside its staging directory. */
  modulePath: string;
  evaluator:
    | { kind: 'examples'; cases: ExampleSet }
    | { kind: 'tests'; files: string[] }
    | { kind: 'script'; module: string; solvedAt?: number };
  limits: SandboxLimits;
}

/** A way of running untrusted candidate code; every implementation passes the shared sandbox contract suite. */
export interface Sandbox {
  readonly name: string;
  /** Human-readable description of the isolation layers in force (for logs and `status`). */
  readonly isolation: string[];
  evaluate(job: SandboxJob): Promise<Evaluation>;
}
