import { describe, expect, it } from 'vitest';
import type { GpProblem } from './gp-api.js';
import type { IslandSetup } from './island-protocol.js';
import { runIslandStep } from './run-island-step.js';

const cases = (xs: number[]) => xs.map((x) => ({ inputs: [x, 7], outputs: [Math.abs(x - 7) * 3 + (x % 4)] }));
const problem: GpProblem = { params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: ['int'], train: cases([0, 1, 5, 9, 12, -4, 30, 7, 3, 18]), test: cases([2, 41]) };
const setup: IslandSetup = { problem, seed: 3, population: 300, selection: 'lexicase', selectionCases: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), testOrder: Int32Array.from([0, 1]), migrants: 0 };

describe('runIslandStep', () => {
  it('lets the process’s event loop run during an epoch (a worker renews its job locks meanwhile)', async () => {
    // A scale-out worker runs the step in its main thread, next to BullMQ's lock-renewal timers and its other jobs:
    // an epoch held as one macrotask would let every lock in hand expire and its job be handed to another worker.
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await runIslandStep({ setup, start: { carried: [], enumerated: [] }, stop: false, action: { kind: 'epoch', order: { generations: 4, allowance: 10 ** 9, immigrants: [] } } });
    running = false;
    expect(result.kind === 'epoch' && result.report.generations.length).toBe(4);
    expect(ticks).toBeGreaterThanOrEqual(4);
  });
});
