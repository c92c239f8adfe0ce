import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgeConfigSchema } from '../config/config-schema.js';
import { loadExampleSet } from '../directive/example-cases.js';
import { loadDirective } from '../directive/load-directive.js';
import { openRegistryAt } from '../registry/open-registry.js';
import { createMockLlmModel } from '../test-doubles/mock-llm-model.js';
import { digitsCandidate, fizzDirective, fizzExamples } from './goal-proposer-fixtures.js';
import { goalDepth, proposeGoals } from './propose-goals.js';

describe('proposeGoals', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function setup(config = forgeConfigSchema.parse({})) {
    const directive = fizzDirective();
    const workDir = dirname(directive.file);
    dirs.push(workDir);
    const registry = openRegistryAt(':memory:');
    registry.upsertDirective({ id: 'fizz', file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), priority: 2, status: 'stalled' });
    const examples = fizzExamples();
    return { input: { workDir, registry, runId: 'run-1', config, directive, examples, best: digitsCandidate(examples), mode: 'decompose' as const }, registry };
  }

  it('writes each proposal as a loadable directive under .hephaestus/proposed/, registers it below its parent and records why', async () => {
    const { input, registry } = setup();
    const proposed = await proposeGoals(input);
    expect(proposed.map((p) => p.proposal.kind)).toEqual(['failure-cluster', 'curriculum']);
    for (const { file, proposal } of proposed) {
      expect(file).toBe(join(input.workDir, '.hephaestus', 'proposed', proposal.id, 'directive.json'));
      const loaded = loadDirective(file);
      expect(loaded).toMatchObject({ parent: 'fizz', signature: '(x: number) => string', priority: 3 });
      expect(loadExampleSet(loaded).train).toEqual(proposal.train);
      expect(registry.getDirective(proposal.id)).toMatchObject({ parent: 'fizz', status: 'open', priority: 3 });
      expect(goalDepth(registry, proposal.id)).toBe(1);
    }
    const events = registry.listEvents({ kind: 'goal-proposed' });
    expect(events.map((e) => e.data.kind)).toEqual(['failure-cluster', 'curriculum']);
    expect(String(events[0].data.why)).toContain('fails share the error signature');
    expect(await proposeGoals(input)).toEqual([]);
  });

  it('stops at autonomy.max_depth', async () => {
    const { input, registry } = setup(forgeConfigSchema.parse({ autonomy: { max_depth: 1 } }));
    registry.upsertDirective({ ...registry.getDirective('fizz')!, parent: 'root' });
    registry.upsertDirective({ id: 'root', file: 'x', goal: 'g', signature: 's', json: '{}', priority: 1, status: 'open' });
    expect(await proposeGoals(input)).toEqual([]);
  });

  it('asks the LLM when there is one and falls back to the offline proposals when it fails', async () => {
    const { input, registry } = setup();
    const failing = createMockLlmModel(() => {
      throw new Error('provider down');
    });
    const proposed = await proposeGoals({ ...input, model: failing });
    expect(proposed.map((p) => p.proposal.kind)).toEqual(['failure-cluster', 'curriculum']);
    expect(registry.listEvents({ kind: 'goal-proposer-failed' })[0].data).toMatchObject({ fallback: 'offline' });
    const reply = '```json\n{"subgoals":[{"name":"threes","goal":"Fizz on multiples of 3","train":[{"inputs":[3],"outputs":["Fizz"]},{"inputs":[6],"outputs":["Fizz"]}],"test":[{"inputs":[9],"outputs":["Fizz"]}]}]}\n```';
    const viaLlm = await proposeGoals({ ...input, model: createMockLlmModel(() => reply) });
    expect(viaLlm.map((p) => p.proposal.id)).toEqual(['fizz.llm-threes']);
    expect(existsSync(viaLlm[0].file)).toBe(true);
    expect(readFileSync(join(dirname(viaLlm[0].file), 'test.jsonl'), 'utf8')).toBe('{"input1":9,"output1":"Fizz"}\n');
  });
});
