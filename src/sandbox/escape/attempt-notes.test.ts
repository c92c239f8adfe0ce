import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../scoring/evaluation.js';
import { attemptNotes } from './attempt-notes.js';

const evaluation = (errors: string[], extra: Partial<Evaluation> = {}): Evaluation => ({
  status: 'failed',
  train: { passed: 0, total: errors.length },
  test: { passed: 0, total: 0 },
  trainErrors: [],
  testErrors: [],
  failingCases: errors.map((error, index) => ({ split: 'train', index, input: [], error })),
  medianCallMs: 0,
  stderr: '',
  notes: [],
  solved: false,
  ...extra,
});

describe('attemptNotes', () => {
  it('turns each kind of refusal into one note with its first example', () => {
    const notes = attemptNotes(
      evaluation([
        'threw: Access to this API has been restricted (ERR_ACCESS_DENIED)',
        'threw: Access to this API has been restricted (ERR_ACCESS_DENIED)',
        'threw: connect ECONNREFUSED 127.0.0.1:4000',
        "threw: Cannot assign to read only property 'stringify' of object '[object JSON]'",
        'threw: Array buffer allocation failed',
        'threw: Maximum call stack size exceeded',
      ]),
    );
    expect(notes).toEqual([
      'escape-attempt: denied by the permission model (threw: Access to this API has been restricted (ERR_ACCESS_DENIED))',
      'escape-attempt: network access failed (threw: connect ECONNREFUSED 127.0.0.1:4000)',
      "tamper-attempt: tried to change a frozen built-in or global (threw: Cannot assign to read only property 'stringify' of object '[object JSON]')",
      'memory: an allocation was refused by the address-space limit (threw: Array buffer allocation failed)',
      'stack: the call stack overflowed (threw: Maximum call stack size exceeded)',
    ]);
  });

  it('reads load errors and captured output too, and says nothing about ordinary failures', () => {
    const fromStderr = evaluation([], { stderr: 'line one\nError: v8.getHeapSnapshot is not available in the Hephaestus sandbox\n' });
    expect(attemptNotes(fromStderr)).toEqual(['escape-attempt: a disabled built-in was called (Error: v8.getHeapSnapshot is not available in the Hephaestus sandbox)']);
    expect(attemptNotes(evaluation(['threw: x is not a function', 'expected 3, got 4']))).toEqual([]);
  });
});
