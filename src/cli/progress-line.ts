import { terminalSafe, wallMs, type ForgeState } from '../index.js';

/** What is left of each budget the run has, e.g. `27 cycles, 88 evals, 3.1M execs, 46s wall`. */
function budgetLeft(state: ForgeState): string {
  const { counters, budget } = state;
  const left: string[] = [];
  if (budget.cycles !== undefined) left.push(`${budget.cycles - counters.cycle} cycles`);
  if (budget.evaluations !== undefined) left.push(`${budget.evaluations - counters.evaluations} evals`);
  if (budget.executions !== undefined && counters.executions > 0) left.push(`${((budget.executions - counters.executions) / 1e6).toFixed(1)}M execs`);
  if (budget.wallSeconds !== undefined) left.push(`${Math.max(0, Math.round(budget.wallSeconds - wallMs(state) / 1000))}s wall`);
  return left.join(', ') || '∞';
}

function executions(count: number): string {
  return count >= 1e6 ? `${(count / 1e6).toFixed(1)}M` : String(count);
}

/**
 * Progress of a run on its stream (stderr): on a terminal, one live line rewritten each cycle (cycle, best score,
 * candidates per second, budget left); anywhere else (a file, a pipe, a CI log) one plain line per cycle with the
 * cycle, best score, evaluations, program executions, elapsed time and budget left, wall time included.
 */
export function createProgressLine(stream: NodeJS.WriteStream): { update: (state: ForgeState) => void; log: (line: string) => void } {
  const live = Boolean(stream.isTTY);
  let shown = false;
  const clear = (): void => {
    if (live && shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    update(state) {
      const { counters } = state;
      const seconds = Math.max(0.001, wallMs(state) / 1000);
      const best = Number.isFinite(counters.bestScore) ? counters.bestScore.toFixed(4) : '—';
      if (!live) {
        const figures = `evals ${counters.evaluations} | execs ${executions(counters.executions)} | elapsed ${Math.round(seconds)}s`;
        stream.write(`${terminalSafe(`${state.directive.id} | cycle ${counters.cycle} | best ${best} | ${figures} | left: ${budgetLeft(state)}`)}\n`);
        return;
      }
      const line = terminalSafe(`${state.directive.id} | cycle ${counters.cycle} | best ${best} | ${(counters.candidates / seconds).toFixed(2)} cand/s | left: ${budgetLeft(state)}`);
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
      shown = true;
    },
    log(line) {
      clear();
      stream.write(`${terminalSafe(line)}\n`);
    },
  };
}
