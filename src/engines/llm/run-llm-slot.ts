import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { LlmConfig } from '../../config/config-schema.js';
import type { MutationContext, Proposal } from '../../mutation/mutation-engine.js';
import { buildPrompt } from './build-prompt.js';
import type { EvaluatorSource } from './evaluator-sources.js';
import { callLlm, type LlmCallPolicy } from '../../llm/call-llm.js';
import { llmUsage } from '../../llm/llm-usage.js';
import type { SlotPlan } from './plan-slots.js';
import { replyToCode } from './reply-to-code.js';
import { createRandom, mixSeed } from '../../util/random.js';
import { redactSecrets } from '../../util/redact-secrets.js';

/** What a slot needs besides its plan: the model, the config and the waiting policy. */
export interface SlotDeps {
  model: LanguageModelV3;
  config: LlmConfig;
  retryBaseMs: number;
  maxRetryDelayMs: number;
  sleep: LlmCallPolicy['sleep'];
  /** What checks the directive's candidates (tests or script), read once per cycle; shown in the prompt. */
  evaluatorSources?: EvaluatorSource[];
}

/** A slot's proposal, and whether its call failed (counts toward fallback) or the run was stopped (counts for nothing). */
export interface SlotOutcome {
  proposal: Proposal;
  callFailed: boolean;
  aborted: boolean;
}

/** Runs one planned call end to end: prompt, call with retries, reply to code; every failure becomes Proposal.failure. */
export async function runLlmSlot(plan: SlotPlan, context: MutationContext, deps: SlotDeps): Promise<SlotOutcome> {
  const { variant, parent } = plan;
  const base: Proposal = {
    code: '',
    parents: parent ? [parent.id] : [],
    operator: `llm-${variant.mode}`,
    promptVariant: variant.name,
    model: `${deps.model.provider}:${deps.model.modelId}`,
  };
  const { system, prompt } = buildPrompt({
    directive: context.directive,
    examples: context.examples,
    variant,
    parent,
    inspirations: context.inspirations,
    evaluatorSources: deps.evaluatorSources,
  });
  const result = await callLlm(
    deps.model,
    { system, prompt, temperature: plan.temperature, seed: plan.seed },
    {
      maxRetries: deps.config.max_retries,
      timeoutMs: deps.config.timeout_ms,
      retryBaseMs: deps.retryBaseMs,
      maxRetryDelayMs: deps.maxRetryDelayMs,
      signal: context.signal,
      random: createRandom(mixSeed(plan.seed, 1)).next,
      sleep: deps.sleep,
      onRetry: (info) => context.recordEvent('llm-retry', { slot: plan.slot, promptVariant: variant.name, ...info }),
    },
  );
  if (!result.ok) {
    // The reason is stored with the candidate and shown by the dashboard: credentials a provider echoes are hidden.
    return { proposal: { ...base, failure: `LLM call failed: ${redactSecrets(result.reason)}` }, callFailed: !result.aborted, aborted: result.aborted };
  }
  const usage = llmUsage(result.inputTokens, result.outputTokens, deps.config);
  const outcome = replyToCode(result.text, variant.mode, parent?.code, deps.config.max_reply_chars);
  if (!outcome.ok) return { proposal: { ...base, usage, failure: outcome.reason }, callFailed: outcome.malformed, aborted: false };
  return { proposal: { ...base, code: outcome.code, operator: outcome.operator, usage }, callFailed: false, aborted: false };
}
