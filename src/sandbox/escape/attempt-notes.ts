import type { Evaluation } from '../../scoring/evaluation.js';

// What a sandbox layer says when it stops a candidate, and the note kind each refusal is recorded under.
const REFUSALS: { kind: 'escape-attempt' | 'tamper-attempt' | 'memory' | 'stack'; what: string; pattern: RegExp }[] = [
  {
    kind: 'escape-attempt',
    what: 'denied by the permission model',
    pattern: /Access to this API has been restricted|ERR_ACCESS_DENIED|loading addons is disabled|requires full fs\.read and fs\.write permissions/,
  },
  { kind: 'escape-attempt', what: 'network access failed', pattern: /\b(ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|EAI_AGAIN|ENOTFOUND)\b/ },
  { kind: 'escape-attempt', what: 'a disabled built-in was called', pattern: /is not available in the Hephaestus sandbox/ },
  {
    kind: 'tamper-attempt',
    what: 'tried to change a frozen built-in or global',
    pattern: /Cannot assign to read only property|object is not extensible|Cannot add property|Cannot redefine property|Cannot delete property|Cannot freeze|Cannot define property/,
  },
  { kind: 'memory', what: 'an allocation was refused by the address-space limit', pattern: /Array buffer allocation failed|Cannot allocate memory/ },
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
