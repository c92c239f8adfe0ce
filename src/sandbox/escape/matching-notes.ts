import type { Evaluation } from '../../scoring/evaluation.js';

/** One thing a sandbox layer says when it stops a candidate: the note kind, its pattern, and why it is noted. */
export interface RefusalRule {
  kind: string;
  pattern: RegExp;
  reason: string;
}

const MAX_EXAMPLE = 200;

/**
 * One note per rule that matches an evaluation's case errors, notes or captured output: `kind: reason (first line
 * that showed it)`. A candidate that swallows the error leaves no trace, but it was still held to the limit.
 */
export function matchingNotes(evaluation: Evaluation, rules: readonly RefusalRule[]): string[] {
  const texts = [...evaluation.failingCases.map((c) => c.error ?? ''), ...evaluation.notes, evaluation.stderr];
  const notes: string[] = [];
  for (const rule of rules) {
    const example = texts.find((text) => rule.pattern.test(text));
    if (example === undefined) continue;
    const line = example.split('\n').find((l) => rule.pattern.test(l)) ?? example;
    notes.push(`${rule.kind}: ${rule.reason} (${line.trim().slice(0, MAX_EXAMPLE)})`);
  }
  return notes;
}
