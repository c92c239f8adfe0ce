import { afterEach, describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../config/config-schema.js';
import { abortableSleep } from './abortable-sleep.js';
import { callLlm, type LlmCallPolicy } from './call-llm.js';
import { resolveLlmModel } from './resolve-llm-model.js';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer, type ScriptedStep } from '../test-doubles/scripted-openai-server.js';
import { createRandom } from '../util/random.js';

let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = { system: 'sys', prompt: 'write it', temperature: 0.7, seed: 9 };

async function call(steps: ScriptedStep[], overrides: Partial<LlmCallPolicy> = {}) {
  server = await startScriptedOpenAiServer(steps);
  const model = resolveLlmModel(llmConfigSchema.parse({ provider: 'openai-compatible', model: 'local', base_url: server.baseURL }), { env: {} });
  const delays: number[] = [];
  const retries: { attempt: number; delayMs: number; reason: string }[] = [];
  const policy: LlmCallPolicy = {
    maxRetries: 3,
    timeoutMs: 5000,
    retryBaseMs: 100,
    maxRetryDelayMs: 60_000,
    signal: new AbortController().signal,
    random: createRandom(1).next,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onRetry: (info) => retries.push(info),
    ...overrides,
  };
  const started = Date.now();
  const result = await callLlm(model, request, policy);
  return { result, delays, retries, elapsedMs: Date.now() - started, requests: server.requests };
}

describe('callLlm over HTTP', () => {
  it('returns the reply and its token counts, sending temperature and seed', async () => {
    const { result, requests } = await call([{ content: 'hello', usage: { promptTokens: 11, completionTokens: 3 } }]);
    expect(result).toEqual({ ok: true, text: 'hello', inputTokens: 11, outputTokens: 3, attempts: 1 });
    expect(requests[0].body).toMatchObject({ model: 'local', temperature: 0.7, seed: 9 });
    expect(requests[0].text).toBe('sys\nwrite it');
  });

  it('waits as long as a 429 retry-after says, then succeeds', async () => {
    const { result, retries, requests } = await call([{ status: 429, headers: { 'retry-after': '1' } }, { content: 'ok' }], { sleep: abortableSleep });
    expect(result).toMatchObject({ ok: true, text: 'ok', attempts: 2 });
    expect(retries).toEqual([{ attempt: 1, delayMs: 1000, reason: 'HTTP 429: scripted HTTP 429' }]);
    expect(requests[1].receivedAt - requests[0].receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('retries 5xx with exponential backoff and jitter', async () => {
    const { result, delays } = await call([{ status: 500 }, { status: 503 }, { status: 502 }, { content: 'fine' }]);
    expect(result).toMatchObject({ ok: true, text: 'fine', attempts: 4 });
    expect(delays).toHaveLength(3);
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(100 * 2 ** i * 0.5);
      expect(delay).toBeLessThan(100 * 2 ** i * 1.5);
    });
    expect(new Set(delays.map((d, i) => d / 2 ** i)).size).toBeGreaterThan(1);
  });

  it('gives up after max_retries with the last reason and the attempt count', async () => {
    const { result, requests } = await call([{ status: 500 }, { status: 500 }, { status: 500 }], { maxRetries: 2 });
    expect(result).toEqual({ ok: false, reason: 'HTTP 500: scripted HTTP 500 (after 3 attempts)', aborted: false, attempts: 3 });
    expect(requests).toHaveLength(3);
  });

  it('does not retry a client error or a malformed body', async () => {
    const unauthorized = await call([{ status: 401, rawBody: '{"error":{"message":"bad key"}}' }, { content: 'never' }]);
    expect(unauthorized.result).toEqual({ ok: false, reason: 'HTTP 401: bad key', aborted: false, attempts: 1 });
    await server?.close();
    const malformed = await call([{ rawBody: '{"choices": nope' }, { content: 'never' }]);
    expect(malformed.result).toMatchObject({ ok: false, reason: 'HTTP 200: Invalid JSON response', attempts: 1 });
    expect(malformed.requests).toHaveLength(1);
  });

  it('times a slow reply out, retries it, and reports the timeout', async () => {
    const slow = { delayMs: 3000, content: 'late' };
    const { result, elapsedMs, requests } = await call([slow, slow], { timeoutMs: 200, maxRetries: 1 });
    expect(result).toEqual({ ok: false, reason: 'timed out after 200 ms (after 2 attempts)', aborted: false, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(elapsedMs).toBeLessThan(2000);
  });

  it('caps retry-after and stops waiting when the run is aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { result, retries, elapsedMs } = await call([{ status: 429, headers: { 'retry-after': '3600' } }, { content: 'never' }], {
      sleep: abortableSleep,
      maxRetryDelayMs: 30_000,
      signal: controller.signal,
    });
    expect(retries[0].delayMs).toBe(30_000);
    expect(result).toEqual({ ok: false, reason: 'aborted', aborted: true, attempts: 1 });
    expect(elapsedMs).toBeLessThan(5000);
  });
});
