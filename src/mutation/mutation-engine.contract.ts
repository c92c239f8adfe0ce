import { describe, expect, it } from 'vitest';
import type { Directive } from '../directive/directive.js';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { fixtureContext, type FixtureContextOptions } from './__fixtures__/fixture-context.js';
import { loadFixtureDirective, type FixtureName } from './__fixtures__/load-fixture-directive.js';
import type { EngineState, MutationContext, MutationEngine, Proposal } from './mutation-engine.js';

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

    // Fixtures beyond an engine are reported as skipped, never as passed; every engine must take one of them.
    const supported = FIXTURES.filter((fixture) => supports(makeEngine(), loadFixtureDirective(fixture)));

    it('supports at least one fixture directive', () => {
      expect(supported.length).toBeGreaterThan(0);
    });

    for (const fixture of FIXTURES) {
      for (const withParent of [true, false]) {
        const label = `${fixture}, ${withParent ? 'with a parent' : 'first cycle without a parent'}`;
        it.skipIf(!supported.includes(fixture))(`proposes at most count well-formed proposals (${label})`, async () => {
          const directive = loadFixtureDirective(fixture);
          for (const count of [1, 3]) {
            const context = makeContext(directive, { withParent, count, seed: 11 });
            const proposals = await makeEngine().propose(context);
            expect(proposals.length).toBeLessThanOrEqual(count);
            const parentIds = new Set(context.parents.map((p) => p.id));
            for (const proposal of proposals) expectWellFormed(proposal, parentIds);
          }
        });
      }

      it.skipIf(!supported.includes(fixture))(`gives the same proposals for the same seed and context (${fixture})`, async () => {
        const directive = loadFixtureDirective(fixture);
        const run = () => makeEngine().propose(makeContext(directive, { seed: 5, count: 2 }));
        const first = await run();
        expect(first.length).toBeGreaterThan(0);
        expect(await run()).toEqual(first);
      });
    }

    it('carries what it learns across cycles (feedback included) only in the engine state: a new engine continues the same', async () => {
      const directive = loadFixtureDirective(supported[0] ?? FIXTURES[0]);
      const cycles = async (engineFor: () => MutationEngine): Promise<{ proposals: Proposal[][]; engineState: EngineState }> => {
        const engineState: EngineState = {};
        const proposals: Proposal[][] = [];
        for (const cycle of [1, 2, 3]) {
          const engine = engineFor();
          const made = await engine.propose(makeContext(directive, { count: 2, cycle, seed: 7, engineState }));
          for (const proposal of made) engine.feedback?.(proposal, { improved: cycle === 1, score: cycle === 1 ? 1 : 0 }, engineState);
          expect(made.length).toBeGreaterThan(0);
          proposals.push(made);
        }
        return { proposals, engineState };
      };
      const one = makeEngine();
      const kept = await cycles(() => one);
      const rebuilt = await cycles(makeEngine);
      expect(rebuilt.proposals).toEqual(kept.proposals);
      expect(JSON.parse(JSON.stringify(rebuilt.engineState))).toEqual(kept.engineState);
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
