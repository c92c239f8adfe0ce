import { appendFileSync, writeFileSync } from 'node:fs';
import { APICallError, type LanguageModelV3 } from '@ai-sdk/provider';
import { HephaestusError, invalidInput } from '../errors/hephaestus-error.js';
import { toRecordedRequest, type LlmExchange, type RecordedError } from './llm-exchange.js';

/**
 * Wraps a model so that every exchange (request prompt and settings, then reply text and usage, or the error) is
 * appended to `file` as one JSON line, for `--record`. The file is started afresh. Each line is written whole with
 * one append, so a crash can cost at most the last line, which a replay then reports.
 */
export function createRecordingModel(inner: LanguageModelV3, file: string): LanguageModelV3 {
  try {
    writeFileSync(file, '');
  } catch (error) {
    throw invalidInput(file, 'record', `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let n = 0;
  const write = (exchange: Omit<LlmExchange, 'n' | 'provider' | 'modelId'>) => {
    n += 1;
    const line: LlmExchange = { n, provider: inner.provider, modelId: inner.modelId, ...exchange };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  return {
    specificationVersion: 'v3',
    provider: inner.provider,
    modelId: inner.modelId,
    supportedUrls: inner.supportedUrls,
    async doGenerate(options) {
      const request = toRecordedRequest(options);
      try {
        const result = await inner.doGenerate(options);
        const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
        write({ request, reply: { text, usage: result.usage, finishReason: result.finishReason } });
        return result;
      } catch (error) {
        const recorded = toRecordedError(error);
        if (recorded) write({ request, error: recorded });
        throw error;
      }
    },
    doStream() {
      throw new HephaestusError('INTERNAL', 'the recording model serves generateText only; streaming is not recorded');
    },
  };
}

// A run being stopped is not an exchange: it is left out, so a replay does not fail where the original was interrupted.
function toRecordedError(error: unknown): RecordedError | undefined {
  if (APICallError.isInstance(error)) {
    const { message, url, statusCode, responseHeaders, responseBody, isRetryable } = error;
    return { kind: 'api', message, url, statusCode, responseHeaders, responseBody, isRetryable };
  }
  if (!(error instanceof Error) || error.name === 'AbortError' || HephaestusError.isInstance(error)) return undefined;
  if (error.name === 'TimeoutError') return { kind: 'timeout', message: error.message };
  return { kind: 'other', name: error.name, message: error.message };
}
