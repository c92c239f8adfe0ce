import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../scoring/evaluation.js';
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
        'threw: RangeError: WebAssembly.Memory(): could not allocate memory',
        'threw: Array buffer allocation failed',
      ]),
      64,
    );
    expect(notes).toEqual([
      'wasm: a WebAssembly allocation or compilation was refused (threw: RangeError: WebAssembly.Memory(): could not allocate memory)',
      'memory: an allocation was refused by the address-space limit (threw: Array buffer allocation failed)',
      'disk: scratch quota of 64 MB reached (threw: ENOSPC: no space left on device, write)',
    ]);
  });

  it('reads the per-file size limit and refused compilation from the output, and is silent otherwise', () => {
    const stderr = 'Error: EFBIG: file too large, write\nCompileError: WebAssembly.Module(): Wasm code generation disallowed by embedder\n';
    expect(resourceNotes(evaluation([], { stderr }), 8)).toEqual([
      'wasm: a WebAssembly allocation or compilation was refused (CompileError: WebAssembly.Module(): Wasm code generation disallowed by embedder)',
      'disk: scratch quota of 8 MB reached (Error: EFBIG: file too large, write)',
    ]);
    expect(resourceNotes(evaluation(['expected 3, got 4', 'threw: x is not a function']), 64)).toEqual([]);
  });
});
