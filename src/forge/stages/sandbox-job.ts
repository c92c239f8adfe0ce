import type { Directive, ExampleSet } from '../../directive/directive.js';
import type { CandidateTrust, SandboxJob } from '../../sandbox/sandbox.js';

/**
 * The test stage's work order for one built module: the directive's evaluator, limits and the code's provenance (the
 * loop and `eval` alike; `trust` decides whether the sandbox may run it without bubblewrap).
 */
export function sandboxJob(
  directive: Directive,
  examples: ExampleSet | undefined,
  modulePath: string,
  maxOutputBytes: number,
  trust: CandidateTrust,
): SandboxJob {
  const evaluator = directive.evaluator;
  let jobEvaluator: SandboxJob['evaluator'];
  if (evaluator.kind === 'examples') {
    if (!examples) throw new Error(`examples of ${directive.id} are not loaded`);
    jobEvaluator = { kind: 'examples', cases: examples };
  } else if (evaluator.kind === 'tests') {
    jobEvaluator = { kind: 'tests', files: evaluator.files };
  } else {
    jobEvaluator = { kind: 'script', module: evaluator.module, solvedAt: evaluator.solvedAt };
  }
  return { modulePath, evaluator: jobEvaluator, limits: { timeoutMs: directive.constraints.timeoutMs, memoryMb: directive.constraints.memoryMb, maxOutputBytes }, trust };
}
