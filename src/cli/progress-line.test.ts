import { describe, expect, it } from 'vitest';
import type { ForgeState } from '../index.js';
import { createProgressLine } from './progress-line.js';

/** A stream that keeps what is written, on a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const out = { text: '', isTTY, columns: 200, write: (chunk: string) => ((out.text += chunk), true) };
  return out as unknown as NodeJS.WriteStream & { text: string };
}

// Only what the progress line reads: 40 s into a run with a 100 s wall budget, 3 of 10 cycles done.
function state(cycle: number): ForgeState {
  const counters = { cycle, evaluations: 12, executions: 2_500_000, candidates: 12, bestScore: 0.75, startedAtMs: Date.now() - 40_000, priorWallMs: 0 };
  return { directive: { id: 'fizz' }, counters, budget: { cycles: 10, wallSeconds: 100, executions: 60_000_000 } } as unknown as ForgeState;
}

describe('createProgressLine', () => {
  it('prints one plain line per cycle off a terminal, with evaluations, executions, elapsed time and wall time left', () => {
    const out = stream(false);
    const progress = createProgressLine(out);
    progress.update(state(3));
    progress.update(state(4));
    expect(out.text).toBe(
      'fizz | cycle 3 | best 0.7500 | evals 12 | execs 2.5M | elapsed 40s | left: 7 cycles, 57.5M execs, 60s wall\n' +
        'fizz | cycle 4 | best 0.7500 | evals 12 | execs 2.5M | elapsed 40s | left: 6 cycles, 57.5M execs, 60s wall\n',
    );
  });

  it('rewrites one live line on a terminal, the wall time left included', () => {
    const out = stream(true);
    createProgressLine(out).update(state(3));
    expect(out.text).toBe('\r\u001b[2Kfizz | cycle 3 | best 0.7500 | 0.30 cand/s | left: 7 cycles, 57.5M execs, 60s wall');
  });
});
