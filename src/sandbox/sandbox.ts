import type { ExampleSet } from '../directive/directive.js';
import type { Evaluation } from '../scoring/evaluation.js';

/** Resource limits for one sandboxed evaluation. */
export interface SandboxLimits {
  timeoutMs: number;
  memoryMb: number;
  maxOutputBytes: number;
}

/**
 * Where a candidate's code came from. `gp-whitelist`: emitted by the offline engine from its whitelist of primitives,
 * so it can call nothing else and may be verified without bubblewrap. `untrusted`: anything else (LLM output, a
 * directive's seed, a module handed to `eval`), which runs only under bubblewrap unless the user opts out.
 */
export type CandidateTrust = 'gp-whitelist' | 'untrusted';

/** What a sandbox is asked to run: one compiled candidate module against one evaluator. */
export interface SandboxJob {
  /** Absolute path of the candidate compiled to an ES module (.mjs) inside its staging directory. */
  modulePath: string;
  evaluator:
    | { kind: 'examples'; cases: ExampleSet }
    | { kind: 'tests'; files: string[] }
    | { kind: 'script'; module: string; solvedAt?: number };
  limits: SandboxLimits;
  /** The code's provenance; absent means untrusted. */
  trust?: CandidateTrust;
}

/** A way of running untrusted candidate code; every implementation passes the shared sandbox contract suite. */
export interface Sandbox {
  readonly name: string;
  /** Human-readable description of the isolation layers in force (for logs and `status`). */
  readonly isolation: string[];
  /** Throws SANDBOX_FAILURE when this sandbox may not run code of this provenance (see security.md); evaluate checks it too. */
  admit(trust: CandidateTrust): void;
  evaluate(job: SandboxJob): Promise<Evaluation>;
}
