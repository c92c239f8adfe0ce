import { caseError } from '../../src/programs/case-errors.js';
import type { GpProblem } from '../../src/engines/gp/gp-api.js';

/** Executions per second of wall time and per second of CPU time (all threads of the process). */
export interface Rate {
  executions: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * Times a hand-written solution on the problem's train cases, computing each case's PSB error as the engine does, for
 * at least `minMs` of wall time; throws if the solution is not correct on every case (it would not be a limit then).
 */
export function timeHandWritten(fn: (...inputs: never[]) => unknown, problem: GpProblem, minMs = 2000): Rate {
  const cases = problem.train.map((c) => ({ inputs: c.inputs as never[], outputs: c.outputs }));
  const run = (): number => {
    let total = 0;
    for (const c of cases) {
      const result = problem.returns.length === 1 ? [fn(...c.inputs)] : (fn(...c.inputs) as unknown[]);
      for (let o = 0; o < problem.returns.length; o++) total += caseError(problem.returns[o], result[o], c.outputs[o]);
    }
    return total;
  };
  const wrong = run();
  if (wrong !== 0) throw new Error(`the hand-written solution has total error ${wrong} on the train cases`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let executions = 0;
  let sink = 0;
  while (performance.now() - started < minMs) {
    for (let i = 0; i < 100; i++) sink += run();
    executions += 100 * cases.length;
  }
  if (sink !== 0) throw new Error('the hand-written solution changed its answers');
  const used = process.cpuUsage(cpu);
  return { executions, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}
