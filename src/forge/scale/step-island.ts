import type { Scored } from '../../engines/gp/full-score.js';
import { trainCaseCount } from '../../engines/gp/gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandHandle, IslandSetup } from '../../engines/gp/island-protocol.js';
import type { IslandSnapshot } from '../../engines/gp/island-snapshot.js';
import type { Individual } from '../../programs/program-tree.js';
import { ARCHIVE_LIMIT } from '../../engines/gp/prune-archive.js';
import type { IslandStep, IslandStepResult } from '../../engines/gp/run-island-step.js';
import { wellFormedProgram } from '../../engines/gp/well-formed-program.js';
import { islandStepSchema } from './island-step-schema.js';

/** Runs one island step somewhere (a worker, through the queue) and returns its result as it came back, unchecked. */
export type StepRunner = (step: IslandStep, key: string) => Promise<unknown>;

/**
 * An island whose epochs run elsewhere, one step at a time: the controller keeps where the island stands (its
 * snapshot) and sends it with each step. What comes back is untrusted: its shape, every program in it and its counts
 * (executions within what the step could have spent, the population within its size) are checked before run-gp sees
 * any of it, and a result that fails is refused with the reason.
 */
export class StepIsland implements IslandHandle {
  private readonly ctx: GpContext;
  private from?: IslandSnapshot;
  private start_?: IslandStep['start'];
  private steps = 0;

  constructor(
    private readonly setup: IslandSetup,
    private readonly stop: Int32Array,
    private readonly run: StepRunner,
    private readonly onClose: () => Promise<void>,
  ) {
    this.ctx = new GpContext(setup.problem);
  }

  start(carried: Individual[], enumerated: Individual[]): void {
    this.start_ = { carried, enumerated };
  }

  async epoch(order: EpochOrder): Promise<EpochReport> {
    const result = await this.step({ kind: 'epoch', order });
    if (result.kind !== 'epoch') throw new Error('an island step answered an epoch with a final result');
    const { report, snapshot } = result;
    const before = this.from ?? { executions: 0, generation: 0 };
    const { population, selectionCases, migrants } = this.setup;
    const most = before.executions + order.generations * population * (2 * trainCaseCount(this.setup.problem) + this.setup.problem.test.length) + migrants * selectionCases.length;
    const width = snapshot.errors?.[0]?.length ?? 0;
    const errorsFit = !snapshot.errors || (snapshot.errors.length === snapshot.population.length && width > 0 && snapshot.errors.every((row) => row.length === width) && width <= selectionCases.length * this.ctx.returns.length);
    this.expect(snapshot.population.length <= population && errorsFit, 'its population or error rows do not fit the island');
    this.expect(report.executions === snapshot.executions && report.ran === snapshot.ran && report.ran <= report.executions, 'its counts disagree');
    this.expect(report.executions >= before.executions && report.executions <= most, `its executions (${report.executions}) lie outside what the epoch could spend (${before.executions} to ${most})`);
    this.expect(report.generations.length <= order.generations && snapshot.generation === before.generation + report.generations.length, 'its generations do not add up');
    this.expect(report.elites.length <= migrants && snapshot.archive.length <= 2 * ARCHIVE_LIMIT, 'it holds more programs than the island keeps');
    this.checkPrograms([...snapshot.population, ...report.elites.map((e) => e.individual), ...scoredIn(snapshot.archive, snapshot.solution, report.solution)]);
    this.from = snapshot;
    this.start_ = undefined;
    return report;
  }

  async finish(): Promise<IslandFinal> {
    const result = await this.step({ kind: 'finish' });
    if (result.kind !== 'finish') throw new Error('an island step answered a finish with an epoch');
    const { final } = result;
    const before = this.from?.executions ?? 0;
    const most = before + this.setup.population * (trainCaseCount(this.setup.problem) + this.setup.problem.test.length);
    this.expect(final.executions >= before && final.executions <= most && final.ran <= final.executions, `its executions (${final.executions}) lie outside what scoring could spend`);
    this.expect(final.population.length <= this.setup.population && final.candidates.length <= 2 * ARCHIVE_LIMIT + this.setup.population, 'it holds more programs than the island keeps');
    this.checkPrograms([...final.population, ...scoredIn(final.candidates)]);
    return final;
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  private async step(action: IslandStep['action']): Promise<IslandStepResult> {
    const step: IslandStep = { setup: this.setup, from: this.from, start: this.from ? undefined : this.start_, stop: Atomics.load(this.stop, 0) !== 0, action };
    const answer = await this.run(step, `s${this.steps++}`);
    const parsed = islandStepSchema.result.safeParse(answer);
    if (!parsed.success) throw new Error(`island step result refused: ${parsed.error.issues[0]?.message ?? 'malformed'} at ${parsed.error.issues[0]?.path.join('.')}`);
    return parsed.data;
  }

  private expect(ok: boolean, what: string): void {
    if (!ok) throw new Error(`island step result refused: ${what}`);
  }

  private checkPrograms(programs: Individual[]): void {
    const bad = programs.findIndex((p) => !wellFormedProgram(this.ctx, p));
    this.expect(bad < 0, `program ${bad} is not one of this problem's programs`);
  }
}

/** The programs of scored entries. */
function scoredIn(...lists: (Scored[] | Scored | undefined)[]): Individual[] {
  return lists.flat().flatMap((s) => (s ? [s.individual] : []));
}
