import { describe, expect, it } from 'vitest';
import { candidateFlags, isHostile, voidsEvaluation } from './candidate-flags.js';

describe('candidateFlags', () => {
  it('keeps the distinct known note kinds, sorted, plus static-guard for a guard refusal', () => {
    const notes = ['timeout: wall limit', 'escape-attempt: decoy read', 'escape-attempt: token in output', 'disk: scratch quota', 'unavailable: WebAssembly is not defined', 'something: else', 'no colon'];
    expect(candidateFlags(notes)).toEqual(['disk', 'escape-attempt', 'timeout', 'unavailable']);
    expect(candidateFlags([], [{ stage: 'static-guard', message: 'eval is not allowed' }, { stage: 'type-check', message: 'x' }])).toEqual(['static-guard']);
    expect(candidateFlags([], [{ stage: 'type-check', message: 'x' }])).toEqual([]);
  });

  it('calls escape, tamper, forgery, early exit and guard refusals hostile; memory, disk, stack, load errors and missing host APIs void the evaluation too', () => {
    for (const flag of ['escape-attempt', 'tamper-attempt', 'forged-message', 'exit-before-done', 'static-guard']) expect(isHostile([flag])).toBe(true);
    for (const flag of ['timeout', 'memory', 'disk', 'stack', 'output-cap', 'crash', 'load-error', 'unavailable']) expect(isHostile([flag])).toBe(false);
    for (const flag of ['memory', 'disk', 'stack', 'load-error', 'unavailable']) expect(voidsEvaluation([flag])).toBe(true);
    expect(voidsEvaluation(['timeout'])).toBe(false);
  });
});
