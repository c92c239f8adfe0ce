import type { LanguageModelV3CallOptions, LanguageModelV3FinishReason, LanguageModelV3Usage } from '@ai-sdk/provider';

/** The parts of a call that decide its reply: what a replay compares before serving a recorded answer. */
export interface RecordedRequest {
  prompt: LanguageModelV3CallOptions['prompt'];
  settings: { temperature?: number; seed?: number; maxOutputTokens?: number; topP?: number; topK?: number };
}

/** A failed call as recorded, enough to fail the same way on replay (status, headers, retryability). */
export type RecordedError =
  | { kind: 'api'; message: string; url: string; statusCode?: number; responseHeaders?: Record<string, string>; responseBody?: string; isRetryable: boolean }
  | { kind: 'timeout'; message: string }
  | { kind: 'other'; name: string; message: string };

/** One line of a --record file: the request and either the reply or the error. */
export interface LlmExchange {
  n: number;
  provider: string;
  modelId: string;
  request: RecordedRequest;
  reply?: { text: string; usage: LanguageModelV3Usage; finishReason: LanguageModelV3FinishReason };
  error?: RecordedError;
}

/** Reduces call options to their reply-deciding parts, in a JSON-stable shape. */
export function toRecordedRequest(options: LanguageModelV3CallOptions): RecordedRequest {
  const { temperature, seed, maxOutputTokens, topP, topK } = options;
  return JSON.parse(JSON.stringify({ prompt: options.prompt, settings: { temperature, seed, maxOutputTokens, topP, topK } })) as RecordedRequest;
}
