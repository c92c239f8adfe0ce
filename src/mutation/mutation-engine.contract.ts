import { describe, expect, it } from 'vitest';
import type { Directive } from '../directive/directive.js';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { fixtureContext, type FixtureContextOptions } from './__fixtures__/fixture-context.js';
import { loadFixtureDirective, type FixtureName } from './__fixtures__/load-fixture-directive.js';
import type { MutationContext, MutationEngine, Proposal } from './mutation-engine.js';

/** Builds the context an engine is tested with; the fixture context by default. */
export type MakeContext = (directive: Directive, options: FixtureContextOptions) => MutationContext;

const FIXTURES: FixtureName[] = ['add-two', 'count-vowels'];

/**
 * The behaviour every mutation engine promises, registered as vitest blocks. `makeEngine` must return a fresh engine
 * whose randomness comes only from the context (a mock or replayed model for the LLM engine), so that the same
 * context gives the same proposals.
 */
export function runMutationEngineContract(name: string, makeEngine: () => MutationEngine, makeContext: MakeContext = fixtureContext): void {
  describe(`${name}: mutation engine contract`, () => {
    it('has a name and answers assertSupports by returning or by an UNSUPPORTED HephaestusError', () => {
      const engine = makeEngine();
      expect(engine.name.length).toBeGreaterThan(0);
      for (const fixture of FIXTURES) {
        try {
          engine.assertSupports(loadFixtureDirective(fixture));
        } catch (error) {
          expect(HephaestusError.isInstance(error)).toBe(true);
          expect((error as HephaestusError).code).toBe('UNSUPPORTED');
        }
      }
    });

    for (const fixture of FIXTURES) {
      for (const withParent of [true, false]) {
        const label = `${fixture}, ${withParent ? 'with a parent' : 'first cycle without a parent'}`;
        it(`proposes at most count well-formed proposals (${label})`, async () => {
          const directive = loadFixtureDirective(fixture);
          if (!supports(makeEngine(), directive)) return;
          for (const count of [1, 3]) {
            const context = makeContext(directive, { withParent, count, seed: 11 });
            const proposals = await makeEngine().propose(context);
            expect(proposals.length).toBeLessThanOrEqual(count);
            const parentIds = new Set(context.parents.map((p) => p.id));
            for (const proposal of proposals) expectWellFormed(proposal, parentIds);
          }
        });
      }

      it(`gives the same proposals for the same seed and context (${fixture})`, async () => {
        const directive = loadFixtureDirective(fixture);
        if (!supports(makeEngine(), directive)) return;
        const run = () => makeEngine().propose(makeContext(directive, { seed: 5, count: 2 }));
        const first = await run();
        expect(first.length).toBeGreaterThan(0);
        expect(await run()).toEqual(first);
      });
    }

    it('accepts feedback on its own proposals when it takes feedback', async () => {
      const engine = makeEngine();
      const directive = loadFixtureDirective('add-two');
      if (!engine.feedback || !supports(engine, directive)) return;
      const proposals = await engine.propose(makeContext(directive, { count: 2 }));
      for (const proposal of proposals) engine.feedback(proposal, { improved: true, score: 1 });
      expect((await engine.propose(makeContext(directive, { count: 2, cycle: 2 }))).length).toBeLessThanOrEqual(2);
    });
  });
}

function supports(engine: MutationEngine, directive: Directive): boolean {
  try {
    engine.assertSupports(directive);
    return true;
  } catch {
    return false;
  }
}

function expectWellFormed(proposal: Proposal, parentIds: Set<string>): void {
  expect(typeof proposal.operator).toBe('string');
  expect(proposal.operator.length).toBeGreaterThan(0);
  if (proposal.failure === undefined) expect(proposal.code.trim().length).toBeGreaterThan(0);
  else expect(proposal.failure.length).toBeGreaterThan(0);
  for (const parent of proposal.parents) expect(parentIds.has(parent)).toBe(true);
  if (proposal.usage) {
    expect(proposal.usage.inputTokens).toBeGreaterThanOrEqual(0);
    expect(proposal.usage.outputTokens).toBeGreaterThanOrEqual(0);
    expect(proposal.usage.usd).toBeGreaterThanOrEqual(0);
  }
}
