import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { LlmConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';
import type { EngineState, MutationContext, MutationEngine, Proposal } from '../../mutation/mutation-engine.js';
import { abortableSleep } from '../../llm/abortable-sleep.js';
import { evaluatorSources } from './evaluator-sources.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { planSlots } from './plan-slots.js';
import { createRecordingModel } from '../../llm/recording-model.js';
import { createReplayModel } from '../../llm/replay-model.js';
import { resolveLlmModel } from '../../llm/resolve-llm-model.js';
import { runLlmSlot } from './run-llm-slot.js';
import { createRandom } from '../../util/random.js';
import { VariantSelector, type VariantStats } from './variant-selector.js';

/** How to build the LLM engine; only `config` is required. */
export interface LlmEngineOptions {
  config: LlmConfig;
  /** A model to use instead of the configured provider (tests, custom providers). */
  model?: LanguageModelV3;
  /** Save every exchange to this JSON Lines file (--record). */
  recordFile?: string;
  /** Serve replies from this recording instead of any provider (--replay); no network, no waiting between retries. */
  replayFile?: string;
  /** Where API keys are read from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Calls in flight at once; default 3 (lower it for a local server that serves one request at a time). */
  concurrency?: number;
  /** First retry delay in ms (default 1000), doubled per retry with jitter. */
  retryBaseMs?: number;
  /** Longest wait between attempts in ms (default 60000), also the cap on retry-after. */
  maxRetryDelayMs?: number;
  /** How the engine waits between attempts; tests may pass a recorder. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The LLM mutation engine plus what the forge needs to degrade to the offline engine. */
export interface LlmEngine extends MutationEngine {
  /** Calls in a row that produced nothing usable (errors past retries, timeouts, empty or malformed replies). */
  readonly consecutiveFailures: number;
}

/** Where the prompt-variant track record is kept in the engine state (and, for the dashboard, in the same-named event). */
export const VARIANT_STATS_KEY = 'llm-prompt-variants';

const selectorOf = (state: EngineState): VariantSelector => new VariantSelector(state[VARIANT_STATS_KEY] as VariantStats | undefined);

/** Creates the LLM engine: per cycle, `count` calls with different prompt variants and temperatures. */
export function createLlmEngine(options: LlmEngineOptions): LlmEngine {
  const { config } = options;
  let model: LanguageModelV3 = options.replayFile
    ? createReplayModel(options.replayFile)
    : (options.model ?? resolveLlmModel(config, { env: options.env }));
  if (options.recordFile) model = createRecordingModel(model, options.recordFile);
  const deps = {
    model,
    config,
    retryBaseMs: options.retryBaseMs ?? 1000,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
    sleep: options.replayFile ? async () => undefined : (options.sleep ?? abortableSleep),
  };
  let consecutiveFailures = 0;
  // The score each proposal must beat to count as a success: its parents' best, else the cycle's best parent
  // (a fresh rewrite has no parent of its own); NaN on a first cycle, where there is nothing to beat.
  const mustBeat = new WeakMap<Proposal, number>();
  return {
    name: 'llm',
    get consecutiveFailures() {
      return consecutiveFailures;
    },
    assertSupports(_directive: Directive): void {
      // Every directive is within reach: the model writes whatever module the goal and signature describe.
    },
    async propose(context: MutationContext): Promise<Proposal[]> {
      const selector = selectorOf(context.engineState);
      const plans = planSlots(context, config, selector, createRandom(context.seed).next);
      const sources = config.include_evaluator_source ? evaluatorSources(context.directive, config.max_evaluator_source_chars) : [];
      const outcomes = await mapWithConcurrency(plans, options.concurrency ?? 3, (plan) => runLlmSlot(plan, context, { ...deps, evaluatorSources: sources }));
      const best = (ids: string[]) => Math.max(...context.parents.filter((p) => ids.length === 0 || ids.includes(p.id)).map((p) => p.score));
      for (const { proposal, aborted, callFailed } of outcomes) {
        mustBeat.set(proposal, context.parents.length === 0 ? Number.NaN : best(proposal.parents));
        if (aborted) continue;
        consecutiveFailures = callFailed ? consecutiveFailures + 1 : 0;
        if (proposal.failure !== undefined && context.parents.length > 0) selector.record(proposal.promptVariant ?? '', false);
      }
      context.engineState[VARIANT_STATS_KEY] = selector.snapshot();
      context.recordEvent(VARIANT_STATS_KEY, { stats: selector.snapshot(), consecutiveFailures });
      return outcomes.map((o) => o.proposal);
    },
    feedback(proposal: Proposal, outcome: { improved: boolean; score: number }, engineState: EngineState): void {
      // Engine-side failures were counted when proposed; a first cycle's proposals have no parent to improve on.
      const target = mustBeat.get(proposal);
      if (proposal.failure !== undefined || proposal.promptVariant === undefined || Number.isNaN(target)) return;
      const selector = selectorOf(engineState);
      selector.record(proposal.promptVariant, target === undefined ? outcome.improved : outcome.score > target);
      engineState[VARIANT_STATS_KEY] = selector.snapshot();
    },
  };
}
