import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '../support/in-parallel.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadExampleSet } from '../../src/directive/example-cases.js';
import { loadDirective } from '../../src/directive/load-directive.js';
import { directiveBundle } from '../../src/forge/scale/directive-bundle.js';
import { evaluatePayload } from '../../src/forge/scale/evaluate-payload.js';
import type { EvaluationResult } from '../../src/forge/scale/evaluation-job.js';
import { candidateVerdict } from '../../src/forge/stages/candidate-verdict.js';
import { createSandbox } from '../../src/sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../../src/sandbox/sandbox-options-from-config.js';
import { openCountingListener, type CountingListener } from './hostile-listener.js';
import { HOSTILE_TABLE } from './hostile-table.js';
import { expectFlags } from './hostile-verdict.js';
import { hostileWorkspace, removeHostileWorkspaces } from './hostile-workspace.js';

// Every hostile program as a scale-out worker evaluates it (its config's sandbox, the directive sent as a bundle):
// contained, a failure, and flagged exactly as in process (hostile-eval.test.ts).
describe('hostile programs on a worker', () => {
  let listener: CountingListener;
  const results = new Map<string, EvaluationResult>();

  beforeAll(async () => {
    listener = await openCountingListener();
    const sandbox = createSandbox(sandboxOptionsFromConfig(loadConfig(tmpdir())));
    await inParallel(HOSTILE_TABLE, 2, async ({ program }) => {
      const work = hostileWorkspace(program, listener.port);
      const directive = loadDirective(work.directive);
      const payload = { directive: directiveBundle(directive, loadExampleSet(directive)), code: readFileSync(work.module, 'utf8'), trust: 'untrusted' as const, maxOutputBytes: 65_536, weights: {} };
      results.set(program, await evaluatePayload(payload, sandbox, tmpdir()));
    });
  }, 300_000);

  afterAll(async () => {
    removeHostileWorkspaces();
    await listener?.close();
  });

  it.each(HOSTILE_TABLE)('$program: contained, a failure, flag $flag', ({ program, flag }) => {
    const result = results.get(program);
    expect(result).toBeDefined();
    if (!result) return;
    const verdict = candidateVerdict({ build: result.build, evaluation: result.evaluation, score: result.score });
    expect(verdict.status).not.toBe('solved');
    expectFlags(verdict.flags, flag);
  });

  it('let no connection reach the listener', () => {
    expect(listener.connections()).toBe(0);
  });
});
