import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpEnumeratedKey, gpPopulationKey } from '../../engines/gp/gp-engine.js';
import type { EngineState, MutationEngine } from '../../mutation/mutation-engine.js';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { runDirective } from './run-directive.js';

describe('runDirective', () => {
  it('saves the engine state with each checkpoint, and a resumed run hands it back to the engine', async () => {
    const { state, registry, close } = await forgeStateFixture({ gp: { population: 40, generations_per_cycle: 1, max_executions: 10_000_000 } });
    const { services, config, directive } = state;
    // Two answers for one input: no program solves it, so the first run ends by its cycle budget and the second resumes
    // it (the plain fizz cases are solved in the first cycle: a conditional of two enumerated expressions).
    const train = [...(state.examples?.train ?? []), { inputs: [1], outputs: ['one'] }];
    writeFileSync(join(dirname(directive.file), 'train.jsonl'), train.map((c) => JSON.stringify({ input1: c.inputs[0], output1: c.outputs[0] })).join('\n'));
    const examples = { train, test: state.examples?.test ?? [] };
    const job = { services, config, directive, examples, budget: { cycles: 1 } };
    const first = await runDirective({ ...job, run: registry.getRun('run-1')!, engine: state.engine });
    expect(first.halted.reason).toBe('budget');
    const saved = registry.getRun('run-1')!;
    expect(saved.engineState?.[gpPopulationKey('fizz')]).toHaveLength(40);
    // The enumeration's seeds too (a budget the small enumeration covers, which runs before the first generation): later
    // cycles restart islands from them rather than enumerating (and paying) again.
    expect((saved.engineState?.[gpEnumeratedKey('fizz')] as { seeds: unknown[] }).seeds.length).toBeGreaterThan(0);

    // `resume` reads the run back from the registry: the next engine starts from the population the last one left.
    const seen: EngineState[] = [];
    const spy: MutationEngine = {
      name: 'spy',
      assertSupports: () => undefined,
      propose: async (context) => {
        seen.push(structuredClone(context.engineState));
        return [];
      },
    };
    await runDirective({ ...job, run: saved, engine: spy, budget: { cycles: 2 } });
    expect(seen).toHaveLength(1);
    expect(seen[0][gpPopulationKey('fizz')]).toEqual(saved.engineState?.[gpPopulationKey('fizz')]);
    expect(seen[0][gpEnumeratedKey('fizz')]).toEqual(saved.engineState?.[gpEnumeratedKey('fizz')]);
    close();
  });
});
