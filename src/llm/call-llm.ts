import { APICallError, type LanguageModelV3 } from '@ai-sdk/provider';
import { generateText } from 'ai';
import { HephaestusError } from '../errors/hephaestus-error.js';

/** One request to the model. */
export interface LlmRequest {
  system: string;
  prompt: string;
  temperature: number;
  seed: number;
}

/** How hard to try: attempts, per-attempt timeout, backoff, and hooks for waiting and reporting retries. */
export interface LlmCallPolicy {
  maxRetries: number;
  timeoutMs: number;
  /** First backoff delay; doubled per retry, with jitter in [0.5, 1.5). */
  retryBaseMs: number;
  /** Longest wait between attempts, also the cap on a server's retry-after. */
  maxRetryDelayMs: number;
  signal: AbortSignal;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

/** The reply text and token use, or why no reply came (aborted = the run itself was stopped). */
export type LlmCallResult =
  | { ok: true; text: string; inputTokens: number; outputTokens: number; attempts: number }
  | { ok: false; reason: string; aborted: boolean; attempts: number };

/**
 * Calls the model once per attempt (the SDK's own retries are off so that backoff, jitter and retry-after are ours):
 * timeouts, HTTP 408/409/429/5xx and connection errors are retried; other errors fail at once. A HephaestusError
 * from the model (a replay that diverged) is not an LLM hiccup and propagates.
 */
export async function callLlm(model: LanguageModelV3, request: LlmRequest, policy: LlmCallPolicy): Promise<LlmCallResult> {
  for (let attempt = 1; ; attempt++) {
    if (policy.signal.aborted) return { ok: false, reason: 'aborted', aborted: true, attempts: attempt - 1 };
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    try {
      const result = await generateText({
        model,
        system: request.system,
        prompt: request.prompt,
        temperature: request.temperature,
        seed: request.seed,
        maxRetries: 0,
        abortSignal: AbortSignal.any([policy.signal, timeout]),
      });
      return { ok: true, text: result.text, inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0, attempts: attempt };
    } catch (error) {
      if (HephaestusError.isInstance(error)) throw error;
      if (policy.signal.aborted) return { ok: false, reason: 'aborted', aborted: true, attempts: attempt };
      const failure = classify(error, timeout.aborted, policy.timeoutMs);
      const attemptsNote = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      if (!failure.retryable || attempt > policy.maxRetries) return { ok: false, reason: failure.reason + attemptsNote, aborted: false, attempts: attempt };
      const backoff = policy.retryBaseMs * 2 ** (attempt - 1) * (0.5 + policy.random());
      const delayMs = Math.round(Math.min(policy.maxRetryDelayMs, failure.retryAfterMs ?? backoff));
      policy.onRetry?.({ attempt, delayMs, reason: failure.reason });
      await policy.sleep(delayMs, policy.signal);
    }
  }
}

function classify(error: unknown, timedOut: boolean, timeoutMs: number): { reason: string; retryable: boolean; retryAfterMs?: number } {
  if (timedOut || (error instanceof Error && error.name === 'TimeoutError')) return { reason: `timed out after ${timeoutMs} ms`, retryable: true };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode === undefined ? 'connection error' : `HTTP ${error.statusCode}`;
    return { reason: `${status}: ${error.message}`, retryable: error.isRetryable, retryAfterMs: retryAfter(error.responseHeaders) };
  }
  return { reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error), retryable: false };
}

/** Reads retry-after-ms, or retry-after as seconds or an HTTP date. */
function retryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
