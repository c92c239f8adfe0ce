import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCandidate } from '../../check/build-candidate.js';
import type { BuildError } from '../../check/build-result.js';
import { NODE_HEADER_LINES } from '../../check/line-limit.js';
import { NODE_HEADER_PREFIX } from '../../registry/nodes-writer.js';
import { loadConfig } from '../../config/load-config.js';
import { readUserFile, USER_FILE_CAPS } from '../../util/read-user-file.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import type { Sandbox } from '../../sandbox/sandbox.js';
import { sandboxOptionsFromConfig } from '../../sandbox/sandbox-options-from-config.js';
import { type EvalRecord, recordEvalRun } from './record-eval-run.js';
import { prepareDirectives } from '../run/prepare-directives.js';
import { sandboxJob } from '../stages/sandbox-job.js';
import { scoreCandidate } from '../stages/score-candidate.js';
import { scoringWeights } from '../stages/scoring-weights.js';
import { heldOutScore } from './held-out-score.js';

/** The verdict on one module: what `hephaestus eval` prints. */
export interface ModuleVerdict {
  directiveId: string;
  solved: boolean;
  trainPassRate: number;
  testPassRate: number;
  /** The score over every case, train and held-out test (what `eval` prints). */
  score: number;
  /** The forge's own score of the module, on the train split only (what the registry records and ranks by). */
  trainScore: number;
  metrics: Record<string, number>;
  buildErrors: BuildError[];
  evaluation?: Evaluation;
  /** Where the verdict was recorded (when asked to record), the flags the candidate was registered with and any promotion. */
  recorded?: EvalRecord;
}

/**
 * Builds one module and scores it in the sandbox against a directive, with the loop's own stage functions (build,
 * src/forge/stages/ for test, score and register). With `record`, the verdict is kept in the registry as an 'eval'
 * run (after every input validated: malformed input writes nothing).
 */
export async function evaluateModule(input: { workDir: string; directiveFile: string; moduleFile: string; sandbox?: Sandbox; record?: boolean }): Promise<ModuleVerdict> {
  const config = loadConfig(input.workDir);
  const [{ directive, examples }] = prepareDirectives([input.directiveFile]);
  const code = readUserFile(input.moduleFile, 'module', USER_FILE_CAPS.source);
  const stagingRoot = mkdtempSync(join(tmpdir(), 'hephaestus-eval-'));
  try {
    // A module read back from nodes/ carries the forge's provenance header, which the line limit allows for.
    const headerLines = code.startsWith(NODE_HEADER_PREFIX) ? NODE_HEADER_LINES : 0;
    const build = buildCandidate({ code, directive, stagingRoot, headerLines });
    let evaluation: Evaluation | undefined;
    if (build.ok && build.modulePath) {
      const sandbox = input.sandbox ?? createSandbox(sandboxOptionsFromConfig(config));
      // Whatever file the user hands over is untrusted, even a module the offline engine once wrote.
      evaluation = await sandbox.evaluate(sandboxJob(directive, examples, build.modulePath, config.sandbox.max_output_bytes, 'untrusted'));
    }
    const { metrics, score } = scoreCandidate(build, evaluation, config, directive);
    const overall = build.ok ? heldOutScore(metrics, evaluation, scoringWeights(config, directive)) : score;
    const rate = (part?: { passed: number; total: number }): number => (part && part.total > 0 ? part.passed / part.total : 0);
    const recorded = input.record ? recordEvalRun({ workDir: input.workDir, directive, moduleFile: input.moduleFile, code, metrics, score, build, evaluation, examples, config }) : undefined;
    return {
      directiveId: directive.id,
      solved: evaluation?.solved ?? false,
      trainPassRate: rate(evaluation?.train),
      testPassRate: rate(evaluation?.test),
      score: overall,
      trainScore: score,
      metrics,
      buildErrors: build.errors,
      evaluation,
      recorded,
    };
  } finally {
    rmSync(stagingRoot, { recursive: true, force: true });
  }
}
