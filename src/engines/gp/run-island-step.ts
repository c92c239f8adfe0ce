import { GpContext } from '../../programs/gp-context.js';
import { Island } from './island.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandSetup } from './island-protocol.js';
import type { IslandSnapshot } from './island-snapshot.js';
import type { Individual } from '../../programs/program-tree.js';
import { wellFormedProgram } from './well-formed-program.js';

/** One step of an island run away from its controller: the island's setup, where it stands and what to do next. */
export interface IslandStep {
  setup: IslandSetup;
  /** Where the island stands; absent for its first step, which starts it from `start`. */
  from?: IslandSnapshot;
  start?: { carried: Individual[]; enumerated: Individual[] };
  /** The controller was told to stop before this step: the epoch runs one generation at most (as a stopped island does). */
  stop: boolean;
  action: { kind: 'epoch'; order: EpochOrder } | { kind: 'finish' };
}

/** What a step hands back: an epoch's report and where the island then stands, or the island's final result. */
export type IslandStepResult = { kind: 'epoch'; report: EpochReport; snapshot: IslandSnapshot } | { kind: 'finish'; final: IslandFinal };

/** Every program a step carries in (to be checked before any of them is printed and run). */
function programsIn(step: IslandStep): Individual[] {
  const scored = [...(step.from?.archive ?? []), ...(step.from?.solution ? [step.from.solution] : [])].map((s) => s.individual);
  const order = step.action.kind === 'epoch' ? [...step.action.order.immigrants, ...(step.action.order.restart ?? [])] : [];
  return [...(step.from?.population ?? []), ...scored, ...(step.start?.carried ?? []), ...(step.start?.enumerated ?? []), ...order];
}

/**
 * Runs one island step in this thread (a scale-out worker's job): rebuilds the island from its snapshot, runs the epoch
 * or finishes it, and returns the result. A program that is not one the engine could have built is refused before any
 * is run: the step came over a queue.
 */
export async function runIslandStep(step: IslandStep): Promise<IslandStepResult> {
  const ctx = new GpContext(step.setup.problem);
  const bad = programsIn(step).findIndex((p) => !wellFormedProgram(ctx, p));
  if (bad >= 0) throw new Error(`refused: program ${bad} of the island step is not one of this problem's programs`);
  const island = new Island(step.setup, 1, () => step.stop, step.from);
  if (!step.from) island.start(step.start?.carried ?? [], step.start?.enumerated ?? []);
  if (step.action.kind === 'finish') return { kind: 'finish', final: await island.finish() };
  try {
    const report = await island.epoch(step.action.order);
    return { kind: 'epoch', report, snapshot: island.snapshot() };
  } finally {
    await island.close();
  }
}
