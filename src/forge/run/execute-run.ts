import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ForgeConfig } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import type { Memory } from '../../memory/memory.js';
import { openMemory } from '../../memory/open-memory.js';
import { resolveEmbedder } from '../../memory/resolve-embedder.js';
import type { RunRecord, StopRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import { sandboxOptionsFromConfig } from '../../sandbox/sandbox-options-from-config.js';
import type { ForgeServices } from '../flow/forge-state.js';
import { AutonomousQueue } from '../goals/autonomous-queue.js';
import { FixedQueue } from '../goals/fixed-queue.js';
import type { MutationEngine } from '../../mutation/mutation-engine.js';
import { watchEmergencyFlag } from '../kill-switches/emergency-flag.js';
import { installSignalHandlers } from '../kill-switches/signal-handlers.js';
import { StopController } from '../kill-switches/stop-controller.js';
import { decideDirectiveVersion } from './decide-directive-version.js';
import { enterDirectiveVersion } from './enter-directive-version.js';
import type { PreparedDirective } from './prepare-directives.js';
import { runDirective } from './run-directive.js';
import { connectRemote } from '../scale/connect-remote.js';
import type { RemoteIslandExecutor } from '../scale/remote-island-executor.js';
import type { DirectiveOutcome, RunOptions, RunOutcome } from './run-options.js';

/** Reasons after which a directive is finished for this run (a resume does not retry it). */
const FINAL_REASONS = new Set(['solved', 'budget', 'stagnation']);
const CUSTODIAN_HALTS = new Set(['paused', 'flagged', 'decomposed']);

/** The inputs of executeRun, all validated. */
export interface RunSetup {
  options: RunOptions;
  config: ForgeConfig;
  registry: Registry;
  run: RunRecord;
  prepared: PreparedDirective[];
  engines: { primary: MutationEngine; fallback?: () => MutationEngine };
  /** Rebuilds an engine with other settings (adaptive entropy, the custodian's engine switch). */
  engineFactory?: ForgeServices['engineFactory'];
  /** The model the goal proposer asks, when an LLM is configured. */
  goalModel?: LanguageModelV3;
  /** With `--redis`: the offline engine's island executor, bound here to the run's controller session. */
  islandExecutor?: RemoteIslandExecutor;
}

/**
 * Runs a run's directives, honouring every kill switch, and records how the run ended: the given directives in priority
 * order, or, with `autonomous`, the goal tree they grow (see AutonomousQueue). The memory is opened for the run.
 */
export async function executeRun(setup: RunSetup): Promise<RunOutcome> {
  const { options, registry, run, prepared, engines } = setup;
  const stop = new StopController();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stagingRoot = mkdtempSync(join(tmpdir(), 'hephaestus-staging-'));
  const unwatch = watchEmergencyFlag(options.workDir, setup.config.safety.emergency_flag, setup.config.safety.flag_poll_seconds, stop);
  const uninstall = options.handleSignals ? installSignalHandlers(stop) : () => undefined;
  let lastGood = setup.config;
  const services: ForgeServices = {
    workDir: options.workDir,
    registry,
    sandbox: options.sandbox ?? createSandbox(sandboxOptionsFromConfig(setup.config)),
    stop,
    reloadConfig: () => {
      try {
        lastGood = loadConfig(options.workDir);
      } catch (error) {
        log(`config/forge_config.json could not be re-read, keeping the last good one: ${(error as Error).message}`);
      }
      return lastGood;
    },
    fallbackEngine: engines.fallback,
    stagingRoot,
    onCycle: options.onCycle,
    log,
    memory: openRunMemory(options.workDir, setup.config, log),
    engineFactory: setup.engineFactory,
    goalModel: setup.goalModel,
    haltOnDecompose: options.autonomous,
    parentSelection: options.parentSelection,
    remote: options.redis ? await connectRemote(options.redis, registry, run.id, log) : undefined,
  };
  if (options.redis && services.remote) setup.islandExecutor?.bind({ url: options.redis, runId: run.id, attempt: services.remote.attempt, log });
  const finished = new Set(registry.listEvents({ runId: run.id, kind: 'directive-halted' }).filter((e) => FINAL_REASONS.has(String(e.data.reason))).map((e) => e.directiveId));
  const outcomes: DirectiveOutcome[] = [];
  // `--fresh` starts one new version per directive and run, not one per visit of an autonomous run.
  const entered = new Set<string>();
  let failure: unknown;
  try {
    const queue = options.autonomous
      ? new AutonomousQueue({ workDir: options.workDir, registry, run, config: setup.config, goalModel: setup.goalModel, signal: stop.signal, fresh: options.fresh, log }, prepared)
      : new FixedQueue(registry, prepared, finished);
    for (let next = queue.next(); next && !stop.requested; next = queue.next()) {
      const { directive, examples } = next;
      const stored = registry.getDirective(directive.id);
      const decision = decideDirectiveVersion(stored, directive, options.fresh === true && !entered.has(directive.id));
      entered.add(directive.id);
      // A new version is a new problem: the old one's flag does not hold it back, a human's pause still does.
      const held = decision.previous === undefined || stored?.status === 'paused' ? stored?.status : undefined;
      if (!options.autonomous && (held === 'paused' || held === 'flagged')) {
        log(`directive ${directive.id} is ${held}: skipped (hephaestus resume-goal ${directive.id} releases it)`);
        // Reported as not solved, so a run of only held directives neither claims success nor exits 0.
        outcomes.push({ id: directive.id, solved: false, cycles: 0, halted: { reason: held, detail: `skipped: hephaestus resume-goal ${directive.id} releases it` } });
        continue;
      }
      enterDirectiveVersion({ registry, workDir: options.workDir, runId: run.id, directive, decision, status: 'open', log });
      // An autonomous run may come back to a directive (reopened): each attempt gets the cycle and evaluation budget anew.
      const used = (key: string): number => (options.autonomous ? (run.checkpoint[`${directive.id}.${key}`] ?? 0) : 0);
      const cycles = options.cycles ?? directive.budget.cycles ?? setup.config.loop.max_cycles;
      const evaluations = options.budgetEvaluations ?? directive.budget.evaluations;
      const wallSeconds = options.wallSeconds ?? directive.budget.wallSeconds;
      const budget = {
        ...directive.budget,
        cycles: used('cycle') + cycles,
        evaluations: evaluations === undefined ? undefined : used('evaluations') + evaluations,
        executions: setup.config.gp.max_executions,
        wallSeconds: wallSeconds === undefined ? undefined : used('wallMs') / 1000 + wallSeconds,
      };
      const outcome = await runDirective({ services, config: setup.config, run, directive, examples, engine: engines.primary, budget });
      await queue.done(next, outcome);
      outcomes.push(outcome);
    }
  } catch (error) {
    failure = error;
  } finally {
    unwatch();
    uninstall();
    services.memory?.close();
    await services.remote?.close();
    rmSync(stagingRoot, { recursive: true, force: true });
  }
  const result = finish(registry, run, outcomes, stop.requested, failure);
  registry.close();
  if (failure) throw failure;
  return result;
}

// The memory makes the forge better, not possible: a memory that cannot open (sqlite-vec missing) is logged and skipped.
function openRunMemory(workDir: string, config: ForgeConfig, log: (line: string) => void): Memory | undefined {
  try {
    return openMemory(workDir, resolveEmbedder(config));
  } catch (error) {
    log(`memory unavailable, running without it: ${(error as Error).message}`);
    return undefined;
  }
}

function finish(registry: Registry, run: RunRecord, outcomes: DirectiveOutcome[], requested: StopController['requested'], failure: unknown): RunOutcome {
  const at = new Date().toISOString();
  // The run's stop speaks for the whole run: when a directive is left unsolved, the first one says why, not the last.
  const unsolved = outcomes.find((o) => !o.solved);
  const why = unsolved?.halted ?? outcomes[outcomes.length - 1]?.halted;
  const tally = unsolved ? `${outcomes.filter((o) => o.solved).length} of ${outcomes.length} directives solved; ${unsolved.id} ` : '';
  let stop: StopRecord;
  if (failure) stop = { runId: run.id, reason: 'error', detail: (failure as Error).message ?? String(failure), at };
  else if (requested) stop = { runId: run.id, reason: requested.reason, detail: requested.detail, at };
  else if (outcomes.length > 0 && !unsolved) stop = { runId: run.id, reason: 'solved', detail: 'every directive is solved', at };
  // A custodian halt (flagged, decomposed) ends a directive for lack of progress: the run's stop is stagnation.
  // A human pause is the user's stop, not the forge's.
  else if (why && CUSTODIAN_HALTS.has(why.reason)) stop = { runId: run.id, reason: why.reason === 'paused' ? 'user' : 'stagnation', detail: `${tally}${why.reason}: ${why.detail}`, at };
  else stop = { runId: run.id, reason: (why?.reason as StopRecord['reason']) ?? 'solved', detail: why ? `${tally}${why.detail}` : 'nothing left to do', at };
  const status: RunOutcome['status'] = failure ? 'failed' : requested ? 'stopped' : 'completed';
  registry.recordStop(stop);
  registry.updateRun(run.id, { status, endedAt: at });
  return { runId: run.id, status, stop, directives: outcomes };
}
