import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../scoring/evaluation.js';
import { resourceNotes } from './resource-notes.js';

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

describe('resourceNotes', () => {
  it('names the limit each refusal hit, with the scratch quota, and the line that showed it', () => {
    const notes = resourceNotes(
      evaluation([
        "threw: ENOSPC: no space left on device, write",
        'threw: Array buffer allocation failed',
      ]),
      64,
    );
    expect(notes).toEqual([
      'memory: an allocation was refused by a memory limit (threw: Array buffer allocation failed)',
      'disk: scratch quota of 64 MB reached (threw: ENOSPC: no space left on device, write)',
    ]);
  });

  it('reads the per-file size limit from the output, and is silent otherwise', () => {
    const stderr = 'Error: EFBIG: file too large, write\nCannot allocate memory\n';
    expect(resourceNotes(evaluation([], { stderr }), 8)).toEqual([
      'memory: an allocation was refused by a memory limit (Cannot allocate memory)',
      'disk: scratch quota of 8 MB reached (Error: EFBIG: file too large, write)',
    ]);
    expect(resourceNotes(evaluation(['expected 3, got 4', 'threw: x is not a function']), 64)).toEqual([]);
  });
});
