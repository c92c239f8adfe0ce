import { describe, expect, it } from 'vitest';
import type { GpOptions, IslandRestart } from './gp-api.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandHandle } from './island-protocol.js';
import type { Individual } from '../../programs/program-tree.js';
import { runIslands } from './run-islands.js';

/** A program that names where it came from, so a test can follow it between islands. */
const tag = (name: string): Individual => ({ lets: [], outs: [{ kind: 'const', type: 'string', value: name }] });

/** An island that spends `perGeneration` executions a generation and reports the best errors it is given, one per epoch. */
class FakeIsland implements IslandHandle {
  readonly orders: EpochOrder[] = [];
  spent = 0;

  constructor(
    private readonly id: number,
    private readonly perGeneration: number,
    private readonly bests: number[],
    private readonly solveAt = Infinity,
  ) {}

  start(): void {}

  epoch(order: EpochOrder): Promise<EpochReport> {
    this.orders.push(order);
    const epoch = this.orders.length;
    const generations: EpochReport['generations'] = [];
    while (generations.length < order.generations && this.spent + this.perGeneration <= order.allowance) {
      this.spent += this.perGeneration;
      generations.push({ generation: 0, bestTotalError: 1, bestTrainPassed: 0, meanSize: 1, diversity: 1, executions: this.spent });
    }
    const exhausted = generations.length < order.generations;
    const best = this.bests[Math.min(epoch - 1, this.bests.length - 1)];
    const solution = epoch >= this.solveAt ? { individual: tag(`solution ${this.id}`), totalError: 0, trainPassed: 1, testPassed: 1 } : undefined;
    return Promise.resolve({ executions: this.spent, ran: this.spent, generations, elites: [{ individual: tag(`island ${this.id} epoch ${epoch}`), error: best }], solution, exhausted });
  }

  finish(): Promise<IslandFinal> {
    return Promise.resolve({ candidates: [], population: [tag(`pop ${this.id}`)], executions: this.spent, ran: this.spent, overfit: { trainPerfect: 0, failedTest: 0 } });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

const settings = { epochGenerations: 5, migrants: 1, restartAfter: 3, restartElites: 1 };
const hooks = { spent: () => 1000, seeds: () => [tag('enumerated')] };

describe('runIslands', () => {
  it('migrates each island’s elites to the next island of the ring', async () => {
    const islands = [0, 1, 2].map((i) => new FakeIsland(i, 10, [5 - i]));
    await runIslands(islands, { seed: 1, maxExecutions: 100_000, maxGenerations: 10 }, settings, hooks);
    expect(islands[0].orders).toHaveLength(2);
    expect(islands[0].orders[0].immigrants).toEqual([]);
    expect(islands[1].orders[1].immigrants).toEqual([tag('island 0 epoch 1')]);
    expect(islands[2].orders[1].immigrants).toEqual([tag('island 1 epoch 1')]);
    expect(islands[0].orders[1].immigrants).toEqual([tag('island 2 epoch 1')]);
  });

  it('splits the budget so the islands together never pass it', async () => {
    const islands = [0, 1].map((i) => new FakeIsland(i, 70 + i * 30, [1]));
    const seen: number[] = [];
    const result = await runIslands(islands, { seed: 1, maxExecutions: 5_000, onGeneration: (g) => seen.push(g.executions) }, settings, hooks);
    expect(result.executions + hooks.spent()).toBeLessThanOrEqual(5_000);
    expect(result.executions + hooks.spent()).toBeGreaterThan(5_000 - 2 * 100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(result.executions + hooks.spent());
    for (const island of islands) for (const order of island.orders) expect(order.allowance).toBeGreaterThanOrEqual(0);
  });

  it('restarts an island whose best error stops improving, from seeds and global elites, and reports it', async () => {
    const restarts: IslandRestart[] = [];
    const islands = [new FakeIsland(0, 10, [9, 8, 7, 6, 5, 4, 3, 2]), new FakeIsland(1, 10, [4])];
    const options: GpOptions = { seed: 1, maxExecutions: 100_000, maxGenerations: 40, onRestart: (r) => restarts.push(r) };
    const result = await runIslands(islands, options, settings, hooks);
    // Island 1 improves in its first epoch only: three epochs without improvement, then a restart order.
    expect(islands[1].orders.map((o) => o.restart !== undefined)).toEqual([false, false, false, false, true, false, false, false]);
    expect(islands[1].orders[4].restart).toEqual([tag('enumerated'), tag('island 1 epoch 4')]);
    expect(islands[0].orders.every((o) => o.restart === undefined)).toBe(true);
    expect(restarts).toEqual([{ island: 1, generation: 20, bestTotalError: 4, staleEpochs: 3 }]);
    expect(result.state[0]).toEqual({ best: 2, stale: 0 });
  });

  it('continues stagnation counts from a carried island state, and never restarts a single population', async () => {
    const carried = [0, 1].map((i) => new FakeIsland(i, 10, [4]));
    await runIslands(carried, { seed: 1, maxExecutions: 100_000, maxGenerations: 10, islandState: [{ best: 4, stale: 2 }, { best: null, stale: 0 }] }, settings, hooks);
    expect(carried.map((island) => island.orders[1].restart !== undefined)).toEqual([true, false]);
    const single = [new FakeIsland(0, 10, [4])];
    const result = await runIslands(single, { seed: 1, maxExecutions: 100_000, maxGenerations: 40 }, settings, hooks);
    expect(single[0].orders.every((o) => o.restart === undefined && o.immigrants.length === 0)).toBe(true);
    expect(result.state[0].stale).toBe(7);
  });

  it('stops after the epoch in which an island solves, taking the first solving island', async () => {
    const islands = [new FakeIsland(0, 10, [3], 2), new FakeIsland(1, 10, [3], 2), new FakeIsland(2, 10, [3])];
    const result = await runIslands(islands, { seed: 1, maxExecutions: 100_000 }, settings, hooks);
    expect(islands[2].orders).toHaveLength(2);
    expect(result.solution?.individual).toEqual(tag('solution 0'));
    expect(result.population).toEqual([tag('pop 0'), tag('pop 1'), tag('pop 2')]);
  });

  it('stops once the signal is aborted', async () => {
    const controller = new AbortController();
    const islands = [0, 1].map((i) => new FakeIsland(i, 10, [3]));
    const aborting = { seed: 1, maxExecutions: 100_000, signal: controller.signal, onGeneration: () => controller.abort() };
    await runIslands(islands, aborting, settings, hooks);
    expect(islands[0].orders).toHaveLength(1);
  });
});
