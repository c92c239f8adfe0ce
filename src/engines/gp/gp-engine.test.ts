import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../directive/directive-schema.js';
import { resolveDirective } from '../../directive/load-directive.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { runMutationEngineContract } from '../../mutation/mutation-engine.contract.js';
import { createGpEngine } from './gp-engine.js';

// Small settings keep the contract suite quick; the search itself is measured by the benchmark.
const makeEngine = () => createGpEngine({ population: 60, generations_per_cycle: 3, workers: 1 });

runMutationEngineContract('gp', makeEngine);

function testsDirective(signature: string, kind: 'tests' | 'script') {
  const dir = mkdtempSync(join(tmpdir(), 'gp-engine-'));
  writeFileSync(join(dir, 'check.ts'), 'export {};\n');
  const evaluator = kind === 'tests' ? { kind, files: ['check.ts'] } : { kind, module: 'check.ts' };
  return resolveDirective(directiveSchema.parse({ id: 'd', goal: 'g', signature, evaluator }), join(dir, 'directive.json'));
}

describe('GpEngine', () => {
  it('serves examples and script directives and says plainly what it cannot serve', () => {
    const engine = makeEngine();
    expect(() => engine.assertSupports(loadFixtureDirective('add-two'))).not.toThrow();
    expect(() => engine.assertSupports(testsDirective('(item: number, bins: number[]) => number[]', 'script'))).not.toThrow();
    expect(() => engine.assertSupports(testsDirective('(a: { x: number }) => number', 'script'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED', message: expect.stringMatching(/parameter "a" has type/) }),
    );
    expect(() => engine.assertSupports(testsDirective('(a: number) => number', 'tests'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED', message: expect.stringMatching(/learns from input\/output examples/) }),
    );
  });

  it('records one gp-generation event per generation and charges the search to its proposals', async () => {
    const events: { kind: string; data: Record<string, unknown> }[] = [];
    const directive = loadFixtureDirective('add-two');
    const proposals = await makeEngine().propose(fixtureContext(directive, { events, count: 2, seed: 3 }));
    const generations = events.filter((e) => e.kind === 'gp-generation');
    expect(generations.length).toBeGreaterThan(0);
    expect(generations.length).toBeLessThanOrEqual(3);
    expect(generations[0].data).toMatchObject({ cycle: 1, generation: expect.any(Number), bestTotalError: expect.any(Number) });
    expect(proposals[0].operator).toMatch(/^gp:/);
    // Printed from program trees: the sandbox may verify them without bubblewrap.
    expect(proposals.every((p) => p.whitelisted === true)).toBe(true);
    // Full scoring of the elites after the last generation also costs executions.
    expect(proposals.reduce((sum, p) => sum + (p.executions ?? 0), 0)).toBeGreaterThanOrEqual(generations.at(-1)?.data.executions as number);
  });

  it('names the parents it was seeded from and skips code it cannot read', async () => {
    const directive = loadFixtureDirective('add-two');
    const context = fixtureContext(directive, { seed: 2, count: 1 });
    const [best] = await makeEngine().propose(context);
    expect(best.code).toMatch(/export default function/);
    expect(best.parents).toEqual(context.parents.map((p) => p.id));
    const foreign = 'class Adder {\n  run(a: number, b: number): number {\n    return a + b;\n  }\n}\nexport default (a: number, b: number): number => new Adder().run(a, b);\n';
    const unreadable = { ...context, parents: context.parents.map((p) => ({ ...p, code: foreign })) };
    const [other] = await makeEngine().propose(unreadable);
    expect(other.parents).toEqual([]);
  });
});
