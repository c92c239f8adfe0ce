import { describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../../config/config-schema.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { runMutationEngineContract } from '../../mutation/mutation-engine.contract.js';
import type { EngineState } from '../../mutation/mutation-engine.js';
import { createLlmEngine, VARIANT_STATS_KEY } from './llm-engine.js';
import type { VariantStats } from './variant-selector.js';
import { createMockLlmModel, type MockCall } from '../../test-doubles/mock-llm-model.js';

const config = llmConfigSchema.parse({
  provider: 'openai-compatible',
  model: 'm',
  base_url: 'http://127.0.0.1:9/v1',
  price_per_million_input: 2,
  price_per_million_output: 8,
  failures_before_fallback: 2,
});

runMutationEngineContract('llm', () => createLlmEngine({ config, model: createMockLlmModel() }));

const fixedAdd = 'export default function add(a: number, b: number): number {\n  return a + b;\n}\n';
const diffOrRewrite = (call: MockCall) =>
  call.prompt.includes('<<<<<<< SEARCH')
    ? 'The sign is wrong.\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE'
    : `\`\`\`typescript\n${fixedAdd}\`\`\``;

describe('createLlmEngine', () => {
  it('asks with distinct variants and temperatures and turns replies into candidates of the parent', async () => {
    const model = createMockLlmModel(diffOrRewrite);
    const engine = createLlmEngine({ config, model });
    const context = fixtureContext(loadFixtureDirective('add-two'), { count: 3, cycle: 0 });
    const proposals = await engine.propose(context);
    expect(proposals).toHaveLength(3);
    expect(new Set(proposals.map((p) => p.promptVariant)).size).toBe(3);
    expect(model.calls.map((c) => c.temperature).sort()).toEqual([0.2, 0.7, 1]);
    for (const proposal of proposals) {
      expect(proposal.failure).toBeUndefined();
      expect(proposal.code).toBe(fixedAdd);
      expect(proposal.model).toBe('mock:mock-model');
      expect(proposal.operator).toBe(proposal.promptVariant === 'minimal-fix' || proposal.promptVariant === 'explain-then-fix' ? 'llm-diff' : 'llm-rewrite');
      expect(proposal.parents).toEqual(proposal.promptVariant === 'from-goal' ? [] : ['add-two-parent']);
    }
  });

  it('accounts tokens and cost from the SDK usage and the configured prices', async () => {
    const model = createMockLlmModel(diffOrRewrite, { inputTokens: 1000, outputTokens: 250 });
    const [proposal] = await createLlmEngine({ config, model }).propose(fixtureContext(loadFixtureDirective('add-two'), { count: 1 }));
    expect(proposal.usage).toEqual({ inputTokens: 1000, outputTokens: 250, usd: (1000 * 2 + 250 * 8) / 1e6 });
  });

  it('rewrites from the goal when there is no parent, whatever the mode', async () => {
    const model = createMockLlmModel(diffOrRewrite);
    const engine = createLlmEngine({ config: { ...config, mode: 'diff' }, model });
    const proposals = await engine.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 2, withParent: false }));
    expect(proposals.map((p) => [p.promptVariant, p.operator, p.parents])).toEqual([
      ['from-goal', 'llm-rewrite', []],
      ['from-goal', 'llm-rewrite', []],
    ]);
    expect(model.calls[0].prompt).not.toContain('# Current module');
    expect(model.calls[0].prompt).toContain('inputs [-33,22] -> -11');
  });

  it('keeps to diff variants in diff mode and to rewrites in rewrite mode', async () => {
    const context = () => fixtureContext(loadFixtureDirective('add-two'), { count: 4 });
    const diff = await createLlmEngine({ config: { ...config, mode: 'diff' }, model: createMockLlmModel(diffOrRewrite) }).propose(context());
    expect(new Set(diff.map((p) => p.operator))).toEqual(new Set(['llm-diff']));
    const rewrite = await createLlmEngine({ config: { ...config, mode: 'rewrite' }, model: createMockLlmModel(diffOrRewrite) }).propose(context());
    expect(new Set(rewrite.map((p) => p.operator))).toEqual(new Set(['llm-rewrite']));
  });

  it('reports unusable replies as failures, counts failed calls in a row and resets on a usable reply', async () => {
    let reply = '';
    const engine = createLlmEngine({ config: { ...config, mode: 'diff' }, model: createMockLlmModel(() => reply) });
    const context = () => fixtureContext(loadFixtureDirective('add-two'), { count: 1 });
    const [empty] = await engine.propose(context());
    expect(empty).toMatchObject({ code: '', failure: 'empty reply' });
    expect(empty.usage?.inputTokens).toBe(120);
    expect(engine.consecutiveFailures).toBe(1);
    reply = 'I would rather not.';
    const [prose] = await engine.propose(context());
    expect(prose.failure).toBe('malformed reply: no SEARCH/REPLACE block');
    expect(engine.consecutiveFailures).toBe(2);
    reply = '<<<<<<< SEARCH\n  return a * b;\n=======\n  return a + b;\n>>>>>>> REPLACE';
    const [notFound] = await engine.propose(context());
    expect(notFound.failure).toBe('block 1: SEARCH text not found in the parent: "  return a * b;"');
    expect(engine.consecutiveFailures).toBe(0);
  });

  it('keeps the variant track record in the engine state (and records it in an event), where a new engine finds it', async () => {
    const events: { kind: string; data: Record<string, unknown> }[] = [];
    const engineState: EngineState = {};
    const engine = createLlmEngine({ config, model: createMockLlmModel(diffOrRewrite) });
    const proposals = await engine.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 2, events, engineState }));
    for (const proposal of proposals) engine.feedback?.(proposal, { improved: true, score: 1 }, engineState);
    const stats = engineState[VARIANT_STATS_KEY] as VariantStats;
    expect(Object.values(stats).reduce((s, r) => s + r.successes, 0)).toBe(2);
    expect(events.at(-1)?.kind).toBe(VARIANT_STATS_KEY);
    const rebuilt = createLlmEngine({ config, model: createMockLlmModel(diffOrRewrite) });
    await rebuilt.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 1, engineState }));
    expect(Object.values(engineState[VARIANT_STATS_KEY] as VariantStats).reduce((s, r) => s + r.successes, 0)).toBe(2);
  });

  it('judges success against the parents it was given, not against an empty parent list', async () => {
    const engine = createLlmEngine({ config: { ...config, mode: 'rewrite' }, model: createMockLlmModel(diffOrRewrite) });
    const engineState: EngineState = {};
    const first = await engine.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 2, withParent: false, engineState }));
    for (const proposal of first) engine.feedback?.(proposal, { improved: true, score: 0.5 }, engineState);
    expect(engineState).toEqual({ [VARIANT_STATS_KEY]: {} });
    const context = fixtureContext(loadFixtureDirective('add-two'), { count: 3, engineState });
    context.parents[0].score = 0.8;
    const later = await engine.propose(context);
    for (const proposal of later) engine.feedback?.(proposal, { improved: true, score: 0.5 }, engineState);
    const stats = engineState[VARIANT_STATS_KEY] as VariantStats;
    expect(Object.values(stats).reduce((s, r) => s + r.trials, 0)).toBe(3);
    expect(Object.values(stats).reduce((s, r) => s + r.successes, 0)).toBe(0);
  });

  it('returns aborted slots without counting them against the model', async () => {
    const controller = new AbortController();
    controller.abort();
    const engine = createLlmEngine({ config, model: createMockLlmModel(diffOrRewrite) });
    const proposals = await engine.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 2, signal: controller.signal }));
    expect(proposals.map((p) => p.failure)).toEqual(['LLM call failed: aborted', 'LLM call failed: aborted']);
    expect(engine.consecutiveFailures).toBe(0);
  });
});
