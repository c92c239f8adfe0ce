import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ForgeConfig } from '../../config/config-schema.js';
import { reweightGoals } from '../../custodian/reweight-goals.js';
import type { RunRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import { proposeGoals } from '../../goal-proposer/propose-goals.js';
import { decideDirectiveVersion } from '../run/decide-directive-version.js';
import { prepareDirectives, type PreparedDirective } from '../run/prepare-directives.js';
import type { DirectiveOutcome } from '../run/run-options.js';
import type { GoalQueue } from './goal-queue.js';

/** What the autonomous queue needs from its run. */
export interface AutonomousContext {
  workDir: string;
  registry: Registry;
  /** The run being executed (the same object its directive loops checkpoint into). */
  run: RunRecord;
  config: ForgeConfig;
  goalModel?: LanguageModelV3;
  signal: AbortSignal;
  /** `run --fresh`: every given directive starts a new version, so none counts as solved. */
  fresh?: boolean;
  log(line: string): void;
}

// Reasons after which a directive has not been solved but may be helped by proposals below it.
const UNSOLVED = new Set(['stagnation', 'budget', 'decomposed']);

/**
 * The goal queue of `run --autonomous`: the given directives and every directive proposed below them form the run's
 * goal tree. Every given directive is attempted once first; then the highest-weighted open goal is worked next. A
 * directive that stalls is decomposed (sub-directives and a curriculum, or the LLM's sub-goals); when one of its
 * children is solved, it is reopened (at most twice) with the child's solution in memory. Solved directives get
 * extensions when an LLM is configured. The run ends when no open goal is left or `autonomy.max_goals` attempts were
 * made, so it never loops without progress.
 */
export class AutonomousQueue implements GoalQueue {
  private readonly roots: Set<string>;
  private attempts = 0;

  constructor(
    private readonly ctx: AutonomousContext,
    initial: PreparedDirective[],
  ) {
    this.roots = new Set(initial.map((p) => p.directive.id));
    // The given directives are (re)opened, except those paused by a human and, unless changed since (a new version is
    // a new problem; the run registers it when it gets there), those solved or flagged.
    for (const { directive } of initial) {
      const stored = ctx.registry.getDirective(directive.id);
      const changed = stored !== undefined && decideDirectiveVersion(stored, directive, ctx.fresh).previous !== undefined;
      const status = stored?.status;
      if (status === 'paused' || (!changed && (status === 'solved' || status === 'flagged'))) continue;
      const { id, file, goal, signature, parent, priority } = directive;
      ctx.registry.upsertDirective({ id, file, goal, signature, json: JSON.stringify(directive), parent, priority, status: 'open' });
    }
  }

  /** The run's goal tree: the given directives and all their descendants in the registry. */
  members(): Set<string> {
    const members = new Set(this.roots);
    const all = this.ctx.registry.listDirectives();
    for (let size = -1; members.size !== size; ) {
      size = members.size;
      for (const d of all) if (d.parent && members.has(d.parent)) members.add(d.id);
    }
    return members;
  }

  next(): PreparedDirective | undefined {
    if (this.ctx.signal.aborted || this.attempts >= this.ctx.config.autonomy.max_goals) return undefined;
    const members = this.members();
    reweightGoals(this.ctx.registry, this.ctx.run.id, members);
    const candidates = this.ctx.registry.listDirectives().filter((d) => members.has(d.id) && d.status === 'open');
    // Every given directive gets one attempt before the run goes deeper into any one's sub-directives.
    const untried = candidates.find((d) => this.roots.has(d.id) && this.ctx.registry.listEvents({ directiveId: d.id, kind: 'directive-halted' }).length === 0);
    const open = untried ?? candidates[0];
    if (!open) return undefined;
    this.attempts += 1;
    return prepareDirectives([open.file])[0];
  }

  async done(prepared: PreparedDirective, outcome: DirectiveOutcome): Promise<void> {
    const { registry } = this.ctx;
    const runId = this.ctx.run.id;
    const { directive, examples } = prepared;
    const reason = outcome.halted.reason;
    if (reason === 'solved') {
      registry.setDirectiveStatus(directive.id, 'solved');
      this.reopenParent(directive.id);
      if (this.ctx.goalModel && examples) await this.propose(prepared, 'extend');
      return;
    }
    if (!UNSOLVED.has(reason)) return;
    registry.setDirectiveStatus(directive.id, 'stalled');
    const children = registry.listDirectives().filter((d) => d.parent === directive.id);
    if (reason !== 'decomposed' && children.length === 0 && examples) await this.propose(prepared, 'decompose');
    if (children.length > 0 && children.every((c) => c.status !== 'open') && !children.some((c) => c.status === 'solved')) {
      registry.recordEvent({ runId, directiveId: directive.id, kind: 'goal-exhausted', data: { detail: 'stalled again and every sub-directive has ended unsolved' } });
    }
  }

  private async propose(prepared: PreparedDirective, mode: 'decompose' | 'extend'): Promise<void> {
    if (!prepared.examples) return;
    const proposed = await proposeGoals({
      workDir: this.ctx.workDir,
      registry: this.ctx.registry,
      runId: this.ctx.run.id,
      config: this.ctx.config,
      directive: prepared.directive,
      examples: prepared.examples,
      best: this.ctx.registry.best(prepared.directive.id),
      mode,
      model: this.ctx.goalModel,
      signal: this.ctx.signal,
    });
    for (const p of proposed) this.ctx.log(`proposed ${p.proposal.id} (${p.proposal.kind}): ${p.proposal.why}`);
  }

  // A solved child is a new building block: its stalled parent gets one more attempt, seeded from the memory.
  private reopenParent(id: string): void {
    const { registry } = this.ctx;
    const runId = this.ctx.run.id;
    const parent = registry.getDirective(registry.getDirective(id)?.parent ?? '');
    if (!parent || parent.status !== 'stalled') return;
    const reopened = registry.listEvents({ directiveId: parent.id, kind: 'goal-reopened' }).length;
    if (reopened >= 2) return;
    registry.setDirectiveStatus(parent.id, 'open');
    // The new building block is a reason to expect progress: the reopened loop gets its full stagnation patience again.
    const run = this.ctx.run;
    const at = (key: string): number => run.checkpoint[`${parent.id}.${key}`] ?? 0;
    const fresh = { cyclesWithoutImprovement: 0, executionsAtImprovement: at('executions'), wallMsAtImprovement: at('wallMs') };
    run.checkpoint = { ...run.checkpoint, ...Object.fromEntries(Object.entries(fresh).map(([key, value]) => [`${parent.id}.${key}`, value])) };
    registry.updateRun(run.id, { checkpoint: run.checkpoint });
    registry.recordEvent({ runId, directiveId: parent.id, kind: 'goal-reopened', data: { because: id, detail: `sub-directive ${id} was solved; its solution seeds ${parent.id}` } });
  }
}
