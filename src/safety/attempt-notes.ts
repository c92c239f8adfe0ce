import type { Evaluation } from '../scoring/evaluation.js';

// What a sandbox layer says when it stops a candidate, and the note kind each refusal is recorded under (resource
// limits are resource-notes.ts's).
const REFUSALS: { kind: 'escape-attempt' | 'tamper-attempt' | 'stack'; what: string; pattern: RegExp }[] = [
  {
    kind: 'escape-attempt',
    what: 'denied by the permission model',
    pattern: /Access to this API has been restricted|ERR_ACCESS_DENIED|loading addons is disabled|requires full fs\.read and fs\.write permissions/,
  },
  // `connect ENOENT`: a UNIX socket path of the host, which bubblewrap does not show.
  { kind: 'escape-attempt', what: 'network access failed', pattern: /\b(ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|EAI_AGAIN|ENOTFOUND)\b|connect ENOENT/ },
  // Addons are refused by the permission model, or, under bubblewrap, not even visible: either way an attempt.
  { kind: 'escape-attempt', what: 'tried to load a native addon', pattern: /Cannot find module '[^']+\.node'/ },
  // Under bubblewrap the decoy files are mount points in scratch: removing or renaming one fails with EBUSY.
  { kind: 'escape-attempt', what: 'tried to remove a decoy file', pattern: /EBUSY: resource busy or locked, (unlink|rename|rmdir)/ },
  { kind: 'escape-attempt', what: 'a disabled built-in was called', pattern: /is not available in the Hephaestus sandbox/ },
  {
    kind: 'tamper-attempt',
    what: 'tried to change a frozen built-in or global',
    pattern: /Cannot assign to read only property|object is not extensible|Cannot add property|Cannot redefine property|Cannot delete property|Cannot freeze|Cannot define property/,
  },
  { kind: 'stack', what: 'the call stack overflowed', pattern: /Maximum call stack size exceeded/ },
];
const MAX_EXAMPLE = 200;

/**
 * Notes for the refusals visible in an evaluation (case errors, load errors, captured output): each is a candidate
 * that tried to leave or patch its sandbox and was stopped. A candidate that swallows the refusal leaves no trace here.
 */
export function attemptNotes(evaluation: Evaluation): string[] {
  const texts = [...evaluation.failingCases.map((c) => c.error ?? ''), ...evaluation.notes, evaluation.stderr];
  const notes: string[] = [];
  for (const refusal of REFUSALS) {
    const example = texts.find((text) => refusal.pattern.test(text));
    if (example === undefined) continue;
    const line = example.split('\n').find((l) => refusal.pattern.test(l)) ?? example;
    notes.push(`${refusal.kind}: ${refusal.what} (${line.trim().slice(0, MAX_EXAMPLE)})`);
  }
  return notes;
}
