import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../check/build-result.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import { candidateVerdict } from './candidate-verdict.js';

const structural = { lines: 3, cyclomatic: 1, typeErrors: 0, lintFindings: 0 };
const built: BuildResult = { ok: true, errors: [], structural, modulePath: '/m.mjs', stagingDir: '' };
const broken: BuildResult = { ok: false, errors: [{ stage: 'type-check', message: 'no' }], structural, stagingDir: '' };
const ran = (patch: Partial<Evaluation> = {}): Evaluation => ({
  status: 'failed',
  train: { passed: 1, total: 2 },
  test: { passed: 0, total: 1 },
  trainErrors: [0, 1],
  testErrors: [1],
  failingCases: [],
  medianCallMs: 1,
  stderr: '',
  notes: [],
  solved: false,
  ...patch,
});

describe('candidateVerdict', () => {
  it('gives every outcome of build and test its status, by the rules the loop and eval share', () => {
    const status = (input: Parameters<typeof candidateVerdict>[0]) => candidateVerdict({ score: 0.5, ...input }).status;
    expect(status({ failure: 'empty reply' })).toBe('rejected');
    expect(status({ build: broken })).toBe('build-failed');
    expect(status({ build: built })).toBe('test-failed');
    expect(status({ build: built, evaluation: ran({ status: 'crashed' }) })).toBe('test-failed');
    expect(status({ build: built, evaluation: ran({ status: 'timeout' }) })).toBe('test-failed');
    expect(status({ build: built, evaluation: ran() })).toBe('evaluated');
    expect(status({ build: built, evaluation: ran({ status: 'passed', solved: true }) })).toBe('solved');
  });

  it('voids and sinks a candidate caught escaping, and keeps its notes and flags as artifacts', () => {
    const notes = ['escape-attempt: decoy file ~/.ssh/id_rsa was read'];
    const verdict = candidateVerdict({ build: built, evaluation: ran({ notes, solved: true }), score: 1 });
    expect(verdict).toMatchObject({ status: 'test-failed', score: Number.NEGATIVE_INFINITY, flags: ['escape-attempt'], artifacts: { notes, flags: ['escape-attempt'] } });
    expect(candidateVerdict({ build: built, evaluation: ran(), score: 0.5 })).toMatchObject({ score: 0.5, flags: [], artifacts: { notes: [] } });
  });
});
