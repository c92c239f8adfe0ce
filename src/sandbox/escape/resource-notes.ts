import type { Evaluation } from '../../scoring/evaluation.js';
import { matchingNotes } from './matching-notes.js';

/** A resource limit a sandbox layer enforces, how its refusal reads, and the note it becomes. */
interface ResourceRefusal {
  kind: 'memory' | 'disk';
  pattern: RegExp;
  reason(scratchMb: number): string;
}

// The candidate's isolate has no WebAssembly at all (attempt-notes.ts's `unavailable:`), so these are the limits left.
const REFUSALS: ResourceRefusal[] = [
  { kind: 'memory', pattern: /Array buffer allocation failed|Cannot allocate memory/, reason: () => 'an allocation was refused by a memory limit' },
  { kind: 'disk', pattern: /\b(ENOSPC|EFBIG)\b|no space left on device|file too large/i, reason: (mb) => `scratch quota of ${mb} MB reached` },
];

/**
 * Resource notes for the limits an evaluation ran into (`memory:`, `disk:`), each with its reason and the
 * first line that showed it, read from case errors, notes and captured output. A candidate that swallows the error
 * leaves no note, but it was still held to the limit.
 */
export function resourceNotes(evaluation: Evaluation, scratchMb: number): string[] {
  return matchingNotes(evaluation, REFUSALS.map(({ kind, pattern, reason }) => ({ kind, pattern, reason: reason(scratchMb) })));
}
