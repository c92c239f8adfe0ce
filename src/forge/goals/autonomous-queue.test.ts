import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { forgeConfigSchema } from '../../config/config-schema.js';
import { digitsCandidate, fizzDirective, fizzExamples } from '../../goal-proposer/goal-proposer-fixtures.js';
import { createMockLlmModel } from '../../test-doubles/mock-llm-model.js';
import { openRegistryAt } from '../../registry/open-registry.js';
import { prepareDirectives } from '../run/prepare-directives.js';
import type { DirectiveOutcome } from '../run/run-options.js';
import { directiveFingerprint } from '../../directive/directive-fingerprint.js';
import { AutonomousQueue } from './autonomous-queue.js';

const outcome = (id: string, reason: string): DirectiveOutcome => ({ id, solved: reason === 'solved', cycles: 4, halted: { reason, detail: reason } });

function setup(autonomy: Record<string, number> = {}, goalModel?: LanguageModelV3, twoGiven = false) {
  const directive = fizzDirective();
  const secondFile = join(dirname(directive.file), 'zz.json');
  writeFileSync(secondFile, JSON.stringify({ ...JSON.parse(readFileSync(directive.file, 'utf8')), id: 'zz-second' }));
  const given = [{ directive, examples: fizzExamples() }, ...(twoGiven ? prepareDirectives([secondFile]) : [])];
  const registry = openRegistryAt(':memory:');
  const run = { id: 'run-1', directiveIds: ['fizz'], directiveFiles: [directive.file], engine: 'gp', seed: 1, status: 'running' as const, startedAt: 'now', checkpoint: { 'fizz.cyclesWithoutImprovement': 8 }, options: {} };
  registry.createRun(run);
  const config = forgeConfigSchema.parse({ autonomy });
  const lines: string[] = [];
  const queue = new AutonomousQueue({ workDir: dirname(directive.file), registry, run, config, goalModel, signal: new AbortController().signal, log: (l) => lines.push(l) }, given);
  const close = (): void => {
    registry.close();
    rmSync(dirname(directive.file), { recursive: true, force: true });
  };
  return { queue, registry, lines, close, second: 'zz-second' };
}

describe('the autonomous goal queue', () => {
  it('decomposes a stalled directive, works the sub-directives first and reopens the parent when one is solved', async () => {
    const { queue, registry, lines, close } = setup();
    const first = queue.next();
    expect(first?.directive.id).toBe('fizz');
    registry.addCandidate(digitsCandidate(fizzExamples()));
    await queue.done(first!, outcome('fizz', 'stagnation'));
    expect(registry.getDirective('fizz')?.status).toBe('stalled');
    expect(lines.join('\n')).toMatch(/proposed fizz\.fc-.* \(failure-cluster\)/);
    const sub = queue.next();
    expect(sub?.directive.parent).toBe('fizz');
    expect(sub?.directive.id).toMatch(/^fizz\.(fc-|easy)/);
    await queue.done(sub!, outcome(sub!.directive.id, 'solved'));
    expect(registry.getDirective('fizz')?.status).toBe('open');
    expect(registry.listEvents({ kind: 'goal-reopened' })[0].data).toMatchObject({ because: sub!.directive.id });
    expect(registry.getRun('run-1')?.checkpoint['fizz.cyclesWithoutImprovement']).toBe(0);
    // Re-weighting puts the reopened parent (progress and a solved child) above its remaining sub-directive.
    expect(queue.next()?.directive.id).toBe('fizz');
    close();
  });

  it('ends when no goal is open and never makes more than autonomy.max_goals attempts', async () => {
    const { queue, close } = setup({ max_goals: 2 });
    const attempts: string[] = [];
    for (let next = queue.next(); next; next = queue.next()) {
      attempts.push(next.directive.id);
      await queue.done(next, outcome(next.directive.id, 'stagnation'));
    }
    expect(attempts).toEqual(['fizz', 'fizz.easy']);
    close();
  });

  it('attempts every given directive once before going deeper into one of them', async () => {
    const { queue, registry, close, second } = setup({}, undefined, true);
    const first = queue.next();
    expect(first?.directive.id).toBe('fizz');
    registry.recordEvent({ runId: 'run-1', directiveId: 'fizz', kind: 'directive-halted', data: { reason: 'stagnation' } });
    registry.addCandidate(digitsCandidate(fizzExamples()));
    await queue.done(first!, outcome('fizz', 'stagnation'));
    expect(registry.listDirectives().filter((d) => d.parent === 'fizz').every((d) => d.priority > 1)).toBe(true);
    expect(queue.next()?.directive.id).toBe(second);
    close();
  });

  it('does not reopen a directive a human paused', async () => {
    const { queue, registry, close } = setup();
    registry.setDirectiveStatus('fizz', 'paused');
    expect(queue.next()).toBeUndefined();
    close();
  });

  it('asks the LLM for extensions of a solved directive', async () => {
    const plan = { subgoals: [{ name: 'buzz', goal: 'Also "Buzz" for multiples of 5.', why: 'a natural next step', train: [{ inputs: [5], outputs: ['Buzz'] }, { inputs: [3], outputs: ['Fizz'] }], test: [{ inputs: [10], outputs: ['Buzz'] }] }] };
    const { queue, registry, close } = setup({}, createMockLlmModel(() => `\`\`\`json\n${JSON.stringify(plan)}\n\`\`\``));
    const first = queue.next();
    await queue.done(first!, outcome('fizz', 'solved'));
    expect(registry.getDirective('fizz.llm-buzz')).toMatchObject({ parent: 'fizz', status: 'open' });
    expect(registry.listEvents({ kind: 'goal-proposed' })[0].data).toMatchObject({ kind: 'llm-extend', why: expect.stringContaining('a natural next step') });
    expect(queue.next()?.directive.id).toBe('fizz.llm-buzz');
    close();
  });

  it('works a solved given directive again once it changed (a new version) or with --fresh, not when unchanged', () => {
    const directive = fizzDirective();
    const registry = openRegistryAt(':memory:');
    const run = { id: 'run-1', directiveIds: ['fizz'], directiveFiles: [directive.file], engine: 'gp', seed: 1, status: 'running' as const, startedAt: 'now', checkpoint: {}, options: {} };
    registry.createRun(run);
    const solved = { id: 'fizz', file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), priority: 1, status: 'solved' as const, version: 1, fingerprint: directiveFingerprint(directive) };
    const queue = (given: typeof directive, fresh?: boolean) => {
      registry.upsertDirective(solved);
      return new AutonomousQueue({ workDir: dirname(directive.file), registry, run, config: forgeConfigSchema.parse({}), signal: new AbortController().signal, fresh, log: () => undefined }, [{ directive: given, examples: fizzExamples() }]);
    };
    expect(queue(directive).next()).toBeUndefined();
    expect(queue(directive, true).next()?.directive.id).toBe('fizz');
    expect(queue({ ...directive, goal: 'Buzz for multiples of 5.' }).next()?.directive.id).toBe('fizz');
    registry.close();
    rmSync(dirname(directive.file), { recursive: true, force: true });
  });
});
