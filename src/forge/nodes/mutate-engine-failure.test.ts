import { describe, expect, it } from 'vitest';
import type { MutationEngine } from '../../mutation/mutation-engine.js';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { ENGINE_FAILURES_TO_STOP, MutateNode } from './mutate-node.js';

describe('an offline engine that fails cycle after cycle', () => {
  it('ends the run with its error after a few failed cycles in a row, a good cycle or another engine starting the count again', async () => {
    const { state, close } = await forgeStateFixture();
    let failing = true;
    const real = state.engine;
    const engine: MutationEngine = {
      ...real,
      name: 'gp',
      propose: async (context) => {
        if (failing) throw new Error('an island thread stopped');
        return real.propose({ ...context, count: 1, executionsLeft: 20_000 });
      },
    };
    state.engine = engine;
    for (let i = 1; i < ENGINE_FAILURES_TO_STOP; i++) {
      await new MutateNode().run(state);
      expect(state.items).toEqual([]);
    }
    failing = false;
    await new MutateNode().run(state);
    expect(state.items.length).toBeGreaterThan(0);
    failing = true;
    // Failures of another engine (an LLM's, before a switch) do not count toward this one's.
    state.engineFailures = { engine: 'llm', count: ENGINE_FAILURES_TO_STOP };
    for (let i = 1; i < ENGINE_FAILURES_TO_STOP; i++) await new MutateNode().run(state);
    expect(state.engineFailures).toEqual({ engine: 'gp', count: ENGINE_FAILURES_TO_STOP - 1 });
    await expect(new MutateNode().run(state)).rejects.toThrow(`the gp engine failed ${ENGINE_FAILURES_TO_STOP} cycles in a row: an island thread stopped`);
    close();
  }, 60_000);
});
