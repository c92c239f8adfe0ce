import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directiveSchema } from '../../directive/directive-schema.js';
import { resolveDirective } from '../../directive/load-directive.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { runMutationEngineContract } from '../../mutation/mutation-engine.contract.js';
import { ts } from '../../compiler/typescript.js';
import { createGpEngine, gpEnumeratedKey, gpPopulationKey } from './gp-engine.js';
import { testsDirectiveFixture } from '../../directive/test-files/tests-directive-fixture.js';

// Small settings keep the contract suite quick; the search itself is measured by the benchmark.
const makeEngine = () => createGpEngine({ population: 60, generations_per_cycle: 3, workers: 1 });

runMutationEngineContract('gp', makeEngine);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function testsDirective(signature: string, kind: 'tests' | 'script', file = 'check.ts') {
  const dir = mkdtempSync(join(tmpdir(), 'gp-engine-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'check.ts'), 'export default () => undefined;\n');
  writeFileSync(join(dir, 'broken.ts'), 'export default () => { await 1; };\n');
  const evaluator = kind === 'tests' ? { kind, files: [file] } : { kind, module: file };
  return resolveDirective(directiveSchema.parse({ id: 'd', goal: 'g', signature, evaluator }), join(dir, 'directive.json'));
}

describe('GpEngine', () => {
  it('serves examples, tests and script directives and refuses only what its types or the test files rule out', () => {
    const engine = makeEngine();
    expect(() => engine.assertSupports(loadFixtureDirective('add-two'))).not.toThrow();
    expect(() => engine.assertSupports(testsDirective('(a: number) => number', 'tests'))).not.toThrow();
    expect(() => engine.assertSupports(testsDirective('(item: number, bins: number[]) => number[]', 'script'))).not.toThrow();
    expect(() => engine.assertSupports(testsDirective('(a: { x: number }) => number', 'script'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED', message: expect.stringMatching(/parameter "a" has type/) }),
    );
    expect(() => engine.assertSupports(testsDirective('(a: Map<string, number>) => number', 'tests'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED', field: 'signature', message: expect.stringMatching(/parameter "a" has type Map<string, number>/) }),
    );
    // A test file the engine cannot load is refused before the run, not in every cycle.
    expect(() => engine.assertSupports(testsDirective('(a: number) => number', 'tests', 'broken.ts'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED', field: 'evaluator.files', message: expect.stringMatching(/broken\.ts: evaluator\.files: test "broken": test file could not be loaded/) }),
    );
  });

  it('solves a tests directive from its test file alone, in worker threads, and says its best proposal passes all cases', async () => {
    const source = `import assert from 'node:assert/strict';
type F = (a: number, b: number) => number;
export default {
  'equal inputs': (f: F) => assert.equal(f(5, 5), 0),
  'first larger': (f: F) => assert.equal(f(9, 2), 7),
  'second larger': async (f: F) => assert.equal(await f(2, 9), 7),
  negatives: (f: F) => assert.deepEqual([f(-3, 4), f(4, -3)], [7, 7]),
};
`;
    const directive = testsDirectiveFixture('(a: number, b: number) => number', { 'abs-diff.test.ts': source }, 'The absolute difference.');
    const engine = createGpEngine({ population: 300, generations_per_cycle: 20, workers: 2 });
    const [best] = await engine.propose({ ...fixtureContext(loadFixtureDirective('add-two'), { withParent: false, count: 1 }), directive });
    expect(best.passesAllCases).toBe(true);
    const { default: fn } = (await import(`data:text/javascript,${encodeURIComponent(ts.transpileModule(best.code, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText)}`)) as { default: (a: number, b: number) => number };
    expect([fn(5, 5), fn(9, 2), fn(2, 9), fn(-3, 4), fn(4, -3)]).toEqual([0, 7, 7, 7, 7]);
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

  it('plans a cycle within the executions the run has left, not the whole per-run budget', async () => {
    const run = async (executionsLeft?: number) => {
      const events: { kind: string; data: Record<string, unknown> }[] = [];
      const context = { ...fixtureContext(loadFixtureDirective('add-two'), { events, count: 1, seed: 5, withParent: false }), executionsLeft };
      await makeEngine().propose(context);
      return events.filter((e) => e.kind === 'gp-generation').map((e) => e.data.executions as number);
    };
    const free = await run();
    expect(free.length).toBeGreaterThan(0);
    // One execution short of the first generation: ignoring the cap would repeat the free run and record free[0].
    const cap = free[0] - 1;
    const capped = await run(cap);
    expect(capped.every((executions) => executions <= cap)).toBe(true);
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

  it('keeps its enumerated seeds in the engine state and reuses them only for the same problem', async () => {
    const directive = loadFixtureDirective('add-two');
    const context = fixtureContext(directive, { seed: 4, count: 1, withParent: false });
    const key = gpEnumeratedKey(directive.id);
    // A budget the small enumeration covers, which therefore runs in full before the first generation (see runGp).
    const makeEngine = () => createGpEngine({ population: 60, generations_per_cycle: 3, workers: 1, max_executions: 10_000_000 });
    await makeEngine().propose(context);
    const first = context.engineState[key] as { problem: number; seeds: unknown[] };
    expect(first.seeds.length).toBeGreaterThan(0);
    // The same problem: the next cycle starts from the kept seeds (the same list) instead of enumerating again.
    await makeEngine().propose(context);
    const second = context.engineState[key] as { problem: number; seeds: unknown[] };
    expect(second.seeds).toBe(first.seeds);
    // Seeds kept for another problem (a new directive version, another library) are not used: a search that starts
    // afresh (no population carried, which would defer the enumeration to an island's restart) enumerates again.
    context.engineState[key] = { problem: first.problem + 1, seeds: first.seeds };
    delete context.engineState[gpPopulationKey(directive.id)];
    await makeEngine().propose(context);
    const third = context.engineState[key] as { problem: number; seeds: unknown[] };
    expect(third.seeds).not.toBe(first.seeds);
    expect(third.problem).toBe(first.problem);
  });
});
