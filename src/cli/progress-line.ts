import { terminalSafe, wallMs, type ForgeState } from '../index.js';

/** A live progress line on a terminal (cycle, best score, candidates per second, budget left); plain log lines otherwise. */
export function createProgressLine(stream: NodeJS.WriteStream): { update: (state: ForgeState) => void; log: (line: string) => void } {
  const live = Boolean(stream.isTTY);
  let shown = false;
  const clear = (): void => {
    if (live && shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    update(state) {
      if (!live) return;
      const { counters, budget } = state;
      const seconds = Math.max(0.001, wallMs(state) / 1000);
      const left: string[] = [];
      if (budget.cycles !== undefined) left.push(`${budget.cycles - counters.cycle} cycles`);
      if (budget.evaluations !== undefined) left.push(`${budget.evaluations - counters.evaluations} evals`);
      if (budget.executions !== undefined && counters.executions > 0) left.push(`${((budget.executions - counters.executions) / 1e6).toFixed(1)}M execs`);
      const best = Number.isFinite(counters.bestScore) ? counters.bestScore.toFixed(4) : '—';
      const line = terminalSafe(`${state.directive.id} | cycle ${counters.cycle} | best ${best} | ${(counters.candidates / seconds).toFixed(2)} cand/s | left: ${left.join(', ') || '∞'}`);
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
      shown = true;
    },
    log(line) {
      clear();
      stream.write(`${terminalSafe(line)}\n`);
    },
  };
}
