import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../check/build-result.js';
import { loadDirective } from '../../directive/load-directive.js';
import { openRegistry } from '../../registry/open-registry.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import { recordEvalRun } from './record-eval-run.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): { workDir: string; directive: ReturnType<typeof loadDirective> } {
  const workDir = mkdtempSync(join(tmpdir(), 'heph-eval-record-'));
  dirs.push(workDir);
  cpSync(resolve('tests/fixtures/abs-diff'), workDir, { recursive: true });
  return { workDir, directive: loadDirective(join(workDir, 'directive.json')) };
}

const evaluation = (notes: string[], solved: boolean): Evaluation => ({
  status: solved ? 'passed' : 'failed',
  train: { passed: solved ? 1 : 0, total: 1 },
  test: { passed: 0, total: 0 },
  trainErrors: [solved ? 0 : 1],
  testErrors: [],
  failingCases: [],
  medianCallMs: 0,
  stderr: '',
  notes,
  solved,
});

const BUILT: BuildResult = { ok: true, errors: [], structural: { lines: 3, cyclomatic: 1, typeErrors: 0, lintFindings: 0 }, stagingDir: '' };

describe('recordEvalRun', () => {
  it('records a completed eval run with one candidate, and no custodian event for a clean module', () => {
    const { workDir, directive } = workspace();
    const recorded = recordEvalRun({ workDir, directive, moduleFile: 'correct.ts', code: 'export default 1;\n', metrics: { solved: 1 }, score: 0.9, build: BUILT, evaluation: evaluation([], true) });
    const registry = openRegistry(workDir);
    try {
      expect(registry.getRun(recorded.runId)).toMatchObject({ engine: 'eval', status: 'completed', directiveIds: ['abs-diff'] });
      expect(registry.getCandidate(recorded.candidateId)).toMatchObject({ status: 'solved', score: 0.9, engine: 'eval', });
      expect(registry.getCandidate(recorded.candidateId)?.artifacts.flags).toBeUndefined();
      expect(registry.listEvents({ kind: 'escape-attempt' })).toEqual([]);
    } finally {
      registry.close();
    }
  });

  it('records a hostile module as a flagged failure with the lowest score and raises it to the custodian', () => {
    const { workDir, directive } = workspace();
    const notes = ['escape-attempt: decoy file ~/.ssh/id_rsa was read', 'timeout: wall limit reached'];
    const recorded = recordEvalRun({ workDir, directive, moduleFile: 'x.ts', code: 'export default 2;\n', metrics: {}, score: 0.5, build: BUILT, evaluation: evaluation(notes, false) });
    expect(recorded.flags).toEqual(['escape-attempt', 'timeout']);
    const registry = openRegistry(workDir);
    try {
      expect(registry.getCandidate(recorded.candidateId)).toMatchObject({ status: 'test-failed', score: Number.NEGATIVE_INFINITY, artifacts: { notes } });
      expect(registry.listEvents({ kind: 'escape-attempt' })).toMatchObject([{ candidateId: recorded.candidateId, data: { source: 'custodian', flags: ['escape-attempt', 'timeout'] } }]);
      expect(registry.checkIntegrity()).toEqual([]);
    } finally {
      registry.close();
    }
  });
});
