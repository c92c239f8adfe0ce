import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateModule, type ModuleVerdict } from '../../src/forge/eval/evaluate-module.js';
import { createSandbox } from '../../src/sandbox/create-sandbox.js';
import { inParallel } from '../support/in-parallel.js';
import { expectFlagged, readRecorded, type Recorded } from './hostile-verdict.js';
import { hostileWorkspace, removeHostileWorkspaces, type HostileSource } from './hostile-workspace.js';

// Programs that try to reach the judge itself (its heap, its frames, its realm) on tests and script directives, where
// the old runner judged in the candidate's own heap; and a judge that stands for an escape, writing to the result pipe.
const JUDGE_PROGRAMS = resolve('tests/hostile/judge-programs');
const JUDGE_FIXTURE = resolve('tests/hostile/judge-fixture');
const source = (directive: string): HostileSource => ({ fixtureDir: JUDGE_FIXTURE, programsDir: JUDGE_PROGRAMS, directive });
// Planting getters on Object.prototype or a stack-trace hook on Error meets the isolate's frozen built-ins.
const JUDGE_FLAGS: Record<string, string> = { 'global-fake-pass.ts': 'tamper-attempt', 'hunt-stack-frames.ts': 'tamper-attempt' };
const CORRECT = 'export default function f(a: number, b: number): number {\n  return Math.abs(a - b);\n}\n';

describe('hostile programs against the judge (tests and script directives)', () => {
  const sandbox = createSandbox({ bwrap: 'auto' });
  const programs = readdirSync(JUDGE_PROGRAMS).sort();
  const jobs = programs.flatMap((program) => ['tests.json', 'script.json'].map((directive) => ({ program, directive })));
  const outcomes = new Map<string, { verdict: ModuleVerdict; recorded: Recorded }>();

  beforeAll(async () => {
    await inParallel(jobs, 2, async ({ program, directive }) => {
      const work = hostileWorkspace(program, 0, false, source(directive));
      const verdict = await evaluateModule({ workDir: work.workDir, directiveFile: work.directive, moduleFile: work.module, sandbox, record: true });
      outcomes.set(`${program} ${directive}`, { verdict, recorded: readRecorded(work.workDir) });
    });
  }, 240_000);
  afterAll(removeHostileWorkspaces);

  it.each(jobs)('$program on $directive: judged by its wrong answers, not solved', ({ program, directive }) => {
    const outcome = outcomes.get(`${program} ${directive}`);
    expect(outcome?.verdict.solved).toBe(false);
    expect(outcome?.verdict.evaluation?.failingCases.length).toBeGreaterThan(0);
    if (outcome) expectFlagged(outcome.recorded, outcome.recorded.candidates[0], JUDGE_FLAGS[program] ?? null);
  });

  it('an evaluator calling the candidate 300,000 times is bounded: the run completes with at most 1000 call times', async () => {
    const work = hostileWorkspace('global-fake-pass.ts', 0, false, source('flood.json'));
    writeFileSync(work.module, CORRECT);
    const verdict = await evaluateModule({ workDir: work.workDir, directiveFile: work.directive, moduleFile: work.module, sandbox, record: true });
    expect(verdict.evaluation).toMatchObject({ status: 'passed', notes: [] });
    expect(verdict.solved).toBe(true);
  }, 120_000);

  it('a judge writing garbage, megabytes and 300,000 forged calls to fds 3..9 fails the candidate; the parent carries on', async () => {
    const work = hostileWorkspace('global-fake-pass.ts', 0, false, source('escaped.json'));
    writeFileSync(work.module, CORRECT);
    const verdict = await evaluateModule({ workDir: work.workDir, directiveFile: work.directive, moduleFile: work.module, sandbox, record: true });
    expect(verdict.solved).toBe(false);
    expect(verdict.evaluation?.notes[0]).toMatch(/^forged-message: a message that breaks the schema at calls/);
    const recorded = readRecorded(work.workDir);
    expectFlagged(recorded, recorded.candidates[0], 'forged-message');
  }, 120_000);
});
