import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../scoring/evaluation.js';
import { applyEscapeChecks } from './apply-escape-checks.js';

const passed: Evaluation = {
  status: 'passed',
  train: { passed: 1, total: 1 },
  test: { passed: 0, total: 0 },
  trainErrors: [0],
  testErrors: [],
  failingCases: [],
  medianCallMs: 0,
  stderr: '',
  notes: [],
  solved: true,
};

describe('applyEscapeChecks', () => {
  it('leaves a clean evaluation as it is', () => {
    expect(applyEscapeChecks(passed, [])).toBe(passed);
  });

  it('voids a pass caught by a canary, keeping its counts and adding the note', () => {
    const caught = applyEscapeChecks(passed, ['escape-attempt: a canary secret appeared in the output']);
    expect(caught).toMatchObject({ status: 'failed', solved: false, train: { passed: 1 }, notes: ['escape-attempt: a canary secret appeared in the output'] });
  });

  it('adds refusals seen in the output and keeps a crashed status', () => {
    const crashed = { ...passed, status: 'crashed' as const, solved: false, stderr: 'Error: Access to this API has been restricted' };
    expect(applyEscapeChecks(crashed, [])).toMatchObject({ status: 'crashed', notes: ['escape-attempt: denied by the permission model (Error: Access to this API has been restricted)'] });
  });
});
