import type { Evaluation } from '../../scoring/evaluation.js';
import { matchingNotes } from './matching-notes.js';

// What a sandbox layer says when it stops a candidate, and the note kind each refusal is recorded under (resource
// limits, `memory:` and `disk:`, are resource-notes.ts's).
const REFUSALS: { kind: 'escape-attempt' | 'tamper-attempt' | 'stack' | 'unavailable'; what: string; pattern: RegExp }[] = [
  {
    kind: 'escape-attempt',
    what: 'denied by the permission model',
    pattern: /Access to this API has been restricted|ERR_ACCESS_DENIED|requires full fs\.read and fs\.write permissions/,
  },
  // `connect ENOENT`: a UNIX socket path of the host, which bubblewrap does not show.
  { kind: 'escape-attempt', what: 'network access failed', pattern: /\b(ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|EAI_AGAIN|ENOTFOUND)\b|connect ENOENT/ },
  // Under bubblewrap the decoy files are mount points in scratch: removing or renaming one fails with EBUSY.
  { kind: 'escape-attempt', what: 'tried to remove a decoy file', pattern: /EBUSY: resource busy or locked, (unlink|rename|rmdir)/ },
  {
    kind: 'tamper-attempt',
    what: 'tried to change a frozen built-in or global',
    pattern: /Cannot assign to read only property|object is not extensible|Cannot add property|Cannot redefine property|Cannot delete property|Cannot freeze|Cannot define property/,
  },
  {
    kind: 'unavailable',
    what: "used what the candidate's isolate does not have (WebAssembly, shared memory, host APIs)",
    pattern: /\b(WebAssembly|SharedArrayBuffer|Atomics|process|require|module|Buffer|console|setTimeout|setInterval|setImmediate|queueMicrotask|fetch|performance) is not defined\b/,
  },
  { kind: 'stack', what: 'the call stack overflowed', pattern: /Maximum call stack size exceeded/ },
];

/**
 * Notes for the refusals visible in an evaluation (case errors, load errors, captured output): each is a candidate
 * that tried to leave, patch or exhaust its sandbox and was stopped. A candidate that swallows the refusal leaves no trace.
 */
export function attemptNotes(evaluation: Evaluation): string[] {
  return matchingNotes(evaluation, REFUSALS.map(({ kind, what, pattern }) => ({ kind, reason: what, pattern })));
}
