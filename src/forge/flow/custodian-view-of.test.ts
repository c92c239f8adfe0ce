import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastPromotion } from '../../custodian/last-promotion.js';
import { setEntropyLevel } from '../../custodian/adapt-entropy.js';
import { createGpEngine, gpPopulationKey } from '../../engines/gp/gp-engine.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { EngineState, MutationContext } from '../../mutation/mutation-engine.js';
import { custodianViewOf } from './custodian-view-of.js';
import type { ForgeState } from './forge-state.js';
import { forgeStateFixture } from './forge-state-fixture.js';

const context = (state: ForgeState, engineState: EngineState): MutationContext => ({
  directive: state.directive,
  examples: state.examples,
  parents: state.best ? [state.best] : [],
  inspirations: [],
  cycle: state.counters.cycle,
  seed: 9,
  count: 1,
  signal: new AbortController().signal,
  recordEvent: () => undefined,
  engineState,
});

describe('custodianViewOf', () => {
  it('lets the custodian switch and rebuild the engine while the GP population carried across cycles stays', async () => {
    const { state, close } = await forgeStateFixture({ gp: { population: 30, generations_per_cycle: 1 } });
    state.services.engineFactory = (config) => createGpEngine(config.gp);
    await state.engine.propose(context(state, state.engineState));
    const population = state.engineState[gpPopulationKey('fizz')];
    expect(population).toHaveLength(30);

    // What the engine that ran would propose next, from a copy of the same state...
    const before = state.engine;
    const expected = await before.propose(context(state, structuredClone(state.engineState)));
    // ...is what the engine the custodian switched to proposes: it continues the same search.
    expect(custodianViewOf(state).switchEngine('gp', state.config)).toBe(true);
    expect(state.engine).not.toBe(before);
    expect(state.engineState[gpPopulationKey('fizz')]).toBe(population);
    expect(await state.engine.propose(context(state, state.engineState))).toEqual(expected);

    // Adaptive entropy rebuilds the engine with a larger population, which starts from the carried one.
    const carried = state.engineState[gpPopulationKey('fizz')] as unknown[];
    const switched = state.engine;
    expect(setEntropyLevel(custodianViewOf(state), 1, 'test')).toBe(true);
    expect(state.engine).not.toBe(switched);
    expect(state.engineState[gpPopulationKey('fizz')]).toBe(carried);
    await state.engine.propose(context(state, state.engineState));
    expect(state.engineState[gpPopulationKey('fizz')]).toHaveLength(45);
    close();
  });

  it('refuses to switch to an engine that cannot serve the directive, keeping the one that runs', async () => {
    const { state, close } = await forgeStateFixture();
    const before = state.engine;
    const refusing = Object.assign(createGpEngine(), { assertSupports: () => { throw new HephaestusError('UNSUPPORTED', 'cannot serve'); } });
    state.services.engineFactory = () => refusing;
    expect(custodianViewOf(state).switchEngine('gp', state.config)).toBe(false);
    expect(state.engine).toBe(before);
    close();
  });

  it('halts, reseeds and records through the view, and reads the live state', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const view = custodianViewOf(state);
    expect([view.halted, view.engineName, view.cycle]).toEqual([false, 'gp', 3]);
    view.reseed(42);
    view.record('note', { said: 'hi' });
    view.halt({ reason: 'paused', detail: 'test' });
    expect([state.seed, state.halted, view.halted]).toEqual([42, { reason: 'paused', detail: 'test' }, true]);
    expect(registry.listEvents({ kind: 'note' }).map((e) => e.data)).toEqual([{ said: 'hi' }]);
    close();
  });

  it('promotes a judged candidate: a solved one to nodes/ (solving the directive) or up for approval, an unsolved one only to the registry', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const nodeFile = join(state.services.workDir, 'nodes', 'fizz', `${state.directive.name ?? 'fizz'}.ts`);
    const best = state.best!;
    custodianViewOf(state).promote({ ...best, status: 'solved' });
    expect(state.solved).toBe(true);
    expect(lastPromotion(registry, 'fizz')).toMatchObject({ kind: 'node-written', candidateId: best.id });
    expect(readFileSync(nodeFile, 'utf8')).toContain(best.code.trim().split('\n')[0]);
    close();

    const unsolved = await forgeStateFixture();
    custodianViewOf(unsolved.state).promote(unsolved.state.best!);
    expect(unsolved.state.solved).toBe(false);
    expect(lastPromotion(unsolved.registry, 'fizz')).toMatchObject({ kind: 'kept-unsolved', candidateId: unsolved.state.best!.id });
    expect(existsSync(join(unsolved.state.services.workDir, 'nodes'))).toBe(false);
    unsolved.close();

    const gated = await forgeStateFixture();
    gated.state.directive = { ...gated.state.directive, requireApproval: true };
    custodianViewOf(gated.state).promote({ ...gated.state.best!, status: 'solved' });
    expect(lastPromotion(gated.registry, 'fizz')).toMatchObject({ kind: 'awaiting-approval', candidateId: gated.state.best!.id });
    expect(existsSync(join(gated.state.services.workDir, 'nodes'))).toBe(false);
    gated.close();
  });
});
