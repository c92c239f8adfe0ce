import { readFileSync } from 'node:fs';
import { HephaestusError, toHephaestusError } from '../../errors/hephaestus-error.js';
import type { CandidateRecord } from '../../registry/records.js';
import { mixSeed } from '../../util/random.js';
import type { MutationEngine, Proposal } from '../../mutation/mutation-engine.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';
import { reportLlmFailures, summariseLlmFailures } from '../flow/report-llm-failures.js';
import { codeHash } from '../stages/code-hash.js';
import { loadNodeLibrary } from '../library/load-node-library.js';
import { wallMs } from '../flow/stop-checks.js';

/** Asks the mutation engine for this cycle's proposals (the directive's seed module, or remembered solutions, come first, once). */
export class MutateNode extends ForgeStage {
  readonly stageName = 'mutate';

  protected async work(state: ForgeState): Promise<undefined> {
    degradeIfFailing(state);
    const proposals = seedProposal(state) ?? (await propose(state));
    reportLlmFailures(state, proposals);
    for (const proposal of proposals) {
      state.counters.inputTokens += proposal.usage?.inputTokens ?? 0;
      state.counters.outputTokens += proposal.usage?.outputTokens ?? 0;
      state.counters.usd += proposal.usage?.usd ?? 0;
      state.counters.executions += proposal.executions ?? 0;
    }
    state.items = proposals.map((proposal) => ({ proposal, hash: codeHash(proposal.code) }));
    return undefined;
  }
}

// The first cycle tries what is already known: the directive's seed module, else similar solutions of other directives
// recalled from the memory (a directive solved before in other words costs no search at all).
function seedProposal(state: ForgeState): Proposal[] | undefined {
  const { directive, services } = state;
  // The seed opens a run's first cycle unless the registry already holds that very code (e.g. from `hephaestus eval`).
  if (directive.seed && state.counters.cycle === 0) {
    const code = readFileSync(directive.seed, 'utf8');
    if (!services.registry.findByHash(directive.id, codeHash(code))) return [{ code, parents: [], operator: 'seed' }];
  }
  if (services.registry.countCandidates(directive.id) > 0) return undefined;
  const recalled = state.inspirations.filter((c) => c.directiveId !== directive.id);
  // A recalled solution keeps its provenance: code the offline engine printed stays whitelisted, anything else is untrusted.
  const whitelisted = (c: CandidateRecord): boolean => c.engine === 'gp' && c.operator.startsWith('gp:');
  return recalled.length > 0 ? recalled.map((c) => ({ code: c.code, parents: [], operator: 'memory-seed', whitelisted: whitelisted(c) })) : undefined;
}

/** The solved modules of other directives in nodes/ the directive may build on; what was passed over is recorded once. */
function library(state: ForgeState): ReturnType<typeof loadNodeLibrary>['modules'] {
  const { modules, skipped } = loadNodeLibrary(state.services.workDir, state.services.registry, state.directive);
  const recorded = (): boolean => state.services.registry.listEvents({ runId: state.run.id, directiveId: state.directive.id, kind: 'library', limit: 1 }).length > 0;
  if ((modules.length > 0 || skipped.length > 0) && !recorded()) {
    recordEvent(state, 'library', { offered: modules.map((m) => m.directiveId), skipped });
  }
  return modules;
}

/** The engine's abort signal: a stop request, or the wall-clock budget running out during the engine's search. */
function cycleSignal(state: ForgeState): AbortSignal {
  const { wallSeconds } = state.budget;
  if (wallSeconds === undefined) return state.services.stop.signal;
  return AbortSignal.any([state.services.stop.signal, AbortSignal.timeout(Math.max(0, wallSeconds * 1000 - wallMs(state)))]);
}

async function propose(state: ForgeState): Promise<Proposal[]> {
  const engine = state.engine;
  const count = engine.name === 'llm' ? (state.config.llm?.candidates_per_cycle ?? 3) : 4;
  const signal = cycleSignal(state);
  try {
    const proposals = await engine.propose({
      library: library(state),
      directive: state.directive,
      examples: state.examples,
      parents: state.parents,
      inspirations: state.inspirations,
      cycle: state.counters.cycle,
      seed: mixSeed(state.seed, state.counters.cycle * 7 + 2),
      count,
      engineState: state.engineState,
      executionsLeft: state.budget.executions === undefined ? undefined : Math.max(0, state.budget.executions - state.counters.executions),
      signal,
      recordEvent: (kind, data) => recordEvent(state, kind, data),
    });
    state.engineFailures = undefined;
    return proposals;
  } catch (error) {
    if (signal.aborted) return [];
    const failure = toHephaestusError(error);
    // Bad input (e.g. a replay file that no longer matches the run) is the user's to fix, not a passing fault.
    if (failure.code === 'INVALID_INPUT') throw failure;
    recordEvent(state, 'mutation-failed', { engine: engine.name, code: failure.code, message: failure.message });
    state.services.log(`mutation failed (${engine.name}): ${failure.message}`);
    // Counted per engine: a custodian's switch or the LLM's degradation starts the count again.
    const failures = state.engineFailures?.engine === engine.name ? state.engineFailures.count + 1 : 1;
    state.engineFailures = { engine: engine.name, count: failures };
    // The LLM engine degrades to the offline one (degradeIfFailing). The offline engine has nothing to fall back to: an
    // island thread out of memory, a broken install or a lost Redis fails it cycle after cycle, proposing nothing.
    if (engine.name !== 'llm' && failures >= ENGINE_FAILURES_TO_STOP) {
      throw new HephaestusError('INTERNAL', `the ${engine.name} engine failed ${failures} cycles in a row: ${failure.message}`, { cause: error });
    }
    return [];
  }
}

/** Consecutive failed cycles after which an engine with nothing to fall back to ends the run with its error. */
export const ENGINE_FAILURES_TO_STOP = 3;

/** After too many consecutive LLM failures, the run degrades to the offline engine and records that it did. */
function degradeIfFailing(state: ForgeState): void {
  const engine = state.engine as MutationEngine & { consecutiveFailures?: number };
  const limit = state.config.llm?.failures_before_fallback ?? 5;
  const fallback = state.services.fallbackEngine;
  if (engine.name !== 'llm' || !fallback || (engine.consecutiveFailures ?? 0) < limit) return;
  const next = fallback();
  try {
    next.assertSupports(state.directive);
  } catch {
    return;
  }
  recordEvent(state, 'engine-degraded', { from: engine.name, to: next.name, consecutiveFailures: engine.consecutiveFailures });
  summariseLlmFailures(state);
  state.services.log(`LLM failed ${engine.consecutiveFailures} times in a row: degrading to the ${next.name} engine`);
  state.engine = next;
}
