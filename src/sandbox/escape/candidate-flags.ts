import type { BuildError } from '../../check/build-result.js';

/** Note kinds that mean the candidate tried to leave its sandbox or fake its result: it is voided and raised to the custodian. */
export const HOSTILE_FLAGS: ReadonlySet<string> = new Set(['escape-attempt', 'tamper-attempt', 'forged-message', 'exit-before-done', 'static-guard']);
/** Note kinds that mean the sandbox had to stop the candidate (recorded as flags; ordinary for evolved code). */
const CONTAINMENT_FLAGS = new Set(['timeout', 'memory', 'disk', 'stack', 'output-cap', 'crash', 'load-error', 'unavailable']);

/**
 * The flags a candidate is registered with: the distinct kinds among its evaluation notes that mark hostile or
 * runaway behaviour, plus `static-guard` when the build guard refused its code. Sorted, no duplicates.
 */
export function candidateFlags(notes: readonly string[], buildErrors: readonly BuildError[] = []): string[] {
  const flags = new Set<string>();
  for (const note of notes) {
    const kind = note.slice(0, note.indexOf(':'));
    if (HOSTILE_FLAGS.has(kind) || CONTAINMENT_FLAGS.has(kind)) flags.add(kind);
  }
  if (buildErrors.some((error) => error.stage === 'static-guard')) flags.add('static-guard');
  return [...flags].sort();
}

/** True when any flag marks an escape or forgery attempt (the candidate must not count as a success). */
export function isHostile(flags: readonly string[]): boolean {
  return flags.some((flag) => HOSTILE_FLAGS.has(flag));
}

// A refused allocation or write may have bent the candidate's results, and code that reached for what the sandbox does
// not give (an import, a host API) would do it for real wherever it is imported later: such results never count.
const VOIDING_FLAGS = new Set(['memory', 'disk', 'stack', 'load-error', 'unavailable']);

/** True when the flags make the evaluation a failure whatever it reported (hostile, or a resource limit was hit). */
export function voidsEvaluation(flags: readonly string[]): boolean {
  return isHostile(flags) || flags.some((flag) => VOIDING_FLAGS.has(flag));
}
