import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APICallError } from '@ai-sdk/provider';
import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import type { LlmExchange } from './llm-exchange.js';
import { createMockLlmModel } from '../test-doubles/mock-llm-model.js';
import { createRecordingModel } from './recording-model.js';

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LlmExchange);

describe('createRecordingModel', () => {
  it('writes each exchange as one JSON line: prompt, settings, reply text and usage', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heph-record-')), 'run.jsonl');
    const model = createRecordingModel(createMockLlmModel((call) => `reply to ${call.prompt}`), file);
    expect(model.modelId).toBe('mock-model');
    await generateText({ model, system: 'sys', prompt: 'one', temperature: 0.2, seed: 4, maxRetries: 0 });
    await generateText({ model, prompt: 'two', temperature: 1, maxRetries: 0 });
    const [first, second] = lines(file);
    expect(first).toMatchObject({ n: 1, provider: 'mock', modelId: 'mock-model', request: { settings: { temperature: 0.2, seed: 4 } } });
    expect(first.request.prompt).toEqual([
      { role: 'system', content: 'sys' },
      { role: 'user', content: [{ type: 'text', text: 'one' }] },
    ]);
    expect(first.reply?.text).toBe('reply to one');
    expect(first.reply?.usage.inputTokens.total).toBe(120);
    expect(second).toMatchObject({ n: 2, reply: { text: 'reply to two' } });
  });

  it('records provider errors with status and headers, and starts the file afresh', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heph-record-')), 'run.jsonl');
    createRecordingModel(createMockLlmModel(), file);
    const failing = createMockLlmModel(() => {
      throw new APICallError({ message: 'slow down', url: 'http://x/v1', requestBodyValues: {}, statusCode: 429, responseHeaders: { 'retry-after': '2' } });
    });
    const model = createRecordingModel(failing, file);
    await expect(generateText({ model, prompt: 'p', maxRetries: 0 })).rejects.toThrow('slow down');
    expect(lines(file)).toEqual([
      expect.objectContaining({
        n: 1,
        error: { kind: 'api', message: 'slow down', url: 'http://x/v1', statusCode: 429, responseHeaders: { 'retry-after': '2' }, isRetryable: true },
      }),
    ]);
  });

  it('names the file when it cannot be written', () => {
    expect(() => createRecordingModel(createMockLlmModel(), '/nonexistent-dir/x/run.jsonl')).toThrow(/run\.jsonl: record: cannot be written \(ENOENT\)/);
  });
});
