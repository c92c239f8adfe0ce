import { describe, expect, it } from 'vitest';
import { candidateFlags, isHostile, voidsEvaluation } from './candidate-flags.js';

describe('candidateFlags', () => {
  it('keeps the distinct known note kinds, sorted, plus static-guard for a guard refusal', () => {
    const notes = ['timeout: wall limit', 'escape-attempt: decoy read', 'escape-attempt: token in output', 'something: else', 'no colon'];
    expect(candidateFlags(notes)).toEqual(['escape-attempt', 'timeout']);
    expect(candidateFlags([], [{ stage: 'static-guard', message: 'eval is not allowed' }, { stage: 'type-check', message: 'x' }])).toEqual(['static-guard']);
    expect(candidateFlags([], [{ stage: 'type-check', message: 'x' }])).toEqual([]);
  });

  it('calls escape, tamper, forgery, early exit and guard refusals hostile; memory and stack void the evaluation too', () => {
    for (const flag of ['escape-attempt', 'tamper-attempt', 'forged-message', 'exit-before-done', 'static-guard']) expect(isHostile([flag])).toBe(true);
    for (const flag of ['timeout', 'heap', 'memory', 'stack', 'output-cap', 'crash', 'load-error']) expect(isHostile([flag])).toBe(false);
    expect(voidsEvaluation(['memory'])).toBe(true);
    expect(voidsEvaluation(['stack'])).toBe(true);
    expect(voidsEvaluation(['timeout'])).toBe(false);
  });
});
