import { APICallError, type LanguageModelV3 } from '@ai-sdk/provider';
import { HephaestusError, invalidInput } from '../errors/hephaestus-error.js';
import { parseJsonText } from '../util/read-json-file.js';
import { readUserFile, USER_FILE_CAPS } from '../util/read-user-file.js';
import { toRecordedRequest, type LlmExchange } from './llm-exchange.js';

/** A model that only replays: it serves a --record file's replies, never touching the network. */
export type ReplayModel = LanguageModelV3 & { readonly isReplay: true; readonly remaining: number };

/**
 * Serves the exchanges of a --record file in order: each request takes the first unused exchange whose recorded
 * request (prompt and settings) is identical, so concurrent calls of one cycle replay correctly. A request that
 * matches none is a divergence and throws an INVALID_INPUT HephaestusError showing where the prompts part.
 */
export function createReplayModel(file: string): ReplayModel {
  const { exchanges, lines } = readExchanges(file);
  const used = new Set<number>();
  const keys = exchanges.map((e) => JSON.stringify(e.request));
  return {
    specificationVersion: 'v3',
    provider: exchanges[0].provider,
    modelId: exchanges[0].modelId,
    supportedUrls: {},
    isReplay: true,
    get remaining() {
      return exchanges.length - used.size;
    },
    async doGenerate(options) {
      const key = JSON.stringify(toRecordedRequest(options));
      const index = keys.findIndex((k, i) => !used.has(i) && k === key);
      if (index < 0) throw divergence(file, key, keys, lines, used);
      used.add(index);
      const { reply, error } = exchanges[index];
      if (reply) return { content: [{ type: 'text', text: reply.text }], finishReason: reply.finishReason, usage: reply.usage, warnings: [] };
      if (error?.kind === 'api') throw new APICallError({ ...error, requestBodyValues: {} });
      if (error?.kind === 'timeout') throw new DOMException(error.message, 'TimeoutError');
      throw Object.assign(new Error(error?.message ?? 'recorded error'), { name: error?.kind === 'other' ? error.name : 'Error' });
    },
    doStream() {
      throw new HephaestusError('INTERNAL', 'the replay model serves generateText only');
    },
  };
}

function readExchanges(file: string): { exchanges: LlmExchange[]; lines: number[] } {
  const exchanges: LlmExchange[] = [];
  const lines: number[] = [];
  readUserFile(file, 'replay', USER_FILE_CAPS.data)
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const value = parseJsonText(file, line, index) as Partial<LlmExchange> | null;
      if (!value || typeof value !== 'object' || !value.request || (!value.reply && !value.error) || typeof value.modelId !== 'string') {
        throw invalidInput(file, `line ${index + 1}`, 'not a recorded LLM exchange (needs request, reply or error, modelId)');
      }
      exchanges.push(value as LlmExchange);
      lines.push(index + 1);
    });
  if (exchanges.length === 0) throw invalidInput(file, 'line 1', 'no recorded exchanges');
  return { exchanges, lines };
}

function divergence(file: string, key: string, keys: string[], lines: number[], used: Set<number>): HephaestusError {
  const next = keys.findIndex((_, i) => !used.has(i));
  if (next < 0) return new HephaestusError('INVALID_INPUT', `${file}: replay exhausted: all ${keys.length} recorded exchanges were used and the run asked for another`, { file });
  const expected = keys[next];
  let at = 0;
  while (at < key.length && key[at] === expected[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return new HephaestusError(
    'INVALID_INPUT',
    `${file}: replay diverged: the request matches no unused recorded exchange; compared with the exchange on line ${lines[next]}, ` +
      `it differs at character ${at}: recorded ${around(expected)}, now ${around(key)}`,
    { file, field: `line ${lines[next]}` },
  );
}
