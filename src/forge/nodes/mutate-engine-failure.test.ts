import { describe, expect, it } from 'vitest';
import type { MutationEngine } from '../../mutation/mutation-engine.js';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { ENGINE_FAILURES_TO_STOP, MutateNode } from './mutate-node.js';

describe('an offline engine that fails cycle after cycle', () => {
  it('ends the run with its error after a few failed cycles in a row, a good cycle starting the count again', async () => {
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
    for (let i = 1; i < ENGINE_FAILURES_TO_STOP; i++) await new MutateNode().run(state);
    await expect(new MutateNode().run(state)).rejects.toThrow(`the gp engine failed ${ENGINE_FAILURES_TO_STOP} cycles in a row: an island thread stopped`);
    close();
  }, 60_000);
});
