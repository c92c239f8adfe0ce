import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCandidate } from '../../check/build-candidate.js';
import type { Sandbox, SandboxJob } from '../../sandbox/sandbox.js';
import { combineScore } from '../../scoring/combine-score.js';
import { computeMetrics } from '../../scoring/compute-metrics.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import type { BundledFile, EvaluationPayload, EvaluationResult } from './evaluation-job.js';

/**
 * A worker's evaluation of one job: the build, test and score stages of the loop on the worker's own sandbox, with the
 * directive's files written next to the candidate. Everything staged is removed after.
 */
export async function evaluatePayload(payload: EvaluationPayload, sandbox: Sandbox, stagingRoot: string): Promise<EvaluationResult> {
  const dir = mkdtempSync(join(stagingRoot, 'job-'));
  try {
    const build = buildCandidate({ code: payload.code, directive: payload.directive, stagingRoot: dir });
    let evaluation: Evaluation | undefined;
    if (build.ok && build.modulePath) {
      // Under their own names: the tests evaluator names its cases after its files.
      mkdirSync(join(dir, 'evaluator'));
      const place = (file: BundledFile): string => {
        const path = join(dir, 'evaluator', file.name);
        writeFileSync(path, file.text);
        return path;
      };
      const ev = payload.directive.evaluator;
      const evaluator: SandboxJob['evaluator'] =
        ev.kind === 'examples' ? ev : ev.kind === 'tests' ? { kind: 'tests', files: ev.files.map(place) } : { kind: 'script', module: place(ev.module), solvedAt: ev.solvedAt };
      const { timeoutMs, memoryMb } = payload.directive.constraints;
      evaluation = await sandbox.evaluate({ modulePath: build.modulePath, evaluator, limits: { timeoutMs, memoryMb, maxOutputBytes: payload.maxOutputBytes }, trust: payload.trust });
    }
    const metrics = computeMetrics(build, evaluation);
    // Paths on this worker mean nothing to the controller, which must not remove or read them.
    return { build: { ok: build.ok, errors: build.errors, structural: build.structural, stagingDir: '' }, evaluation, metrics, score: combineScore(metrics, payload.weights) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
