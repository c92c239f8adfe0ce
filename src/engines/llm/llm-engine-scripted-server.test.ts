import { afterEach, describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../../config/config-schema.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { createLlmEngine } from './llm-engine.js';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../test-doubles/scripted-openai-server.js';

let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (path: string, body: unknown) =>
  fetch(`${server?.baseURL}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('startScriptedOpenAiServer', () => {
  it('serves listed steps in order as chat completions and records the requests', async () => {
    server = await startScriptedOpenAiServer([{ content: 'first', usage: { promptTokens: 7, completionTokens: 2 } }, { status: 503, headers: { 'retry-after': '4' } }]);
    expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const ok = await post('/chat/completions', { model: 'x', messages: [{ role: 'user', content: 'hi' }] });
    expect(await ok.json()).toMatchObject({ choices: [{ message: { role: 'assistant', content: 'first' } }], usage: { prompt_tokens: 7, completion_tokens: 2 } });
    const busy = await post('/chat/completions', {});
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '4']);
    const none = await post('/chat/completions', {});
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('no step left for request 3');
    expect((await post('/embeddings', {})).status).toBe(404);
    expect(server.requests.map((r) => r.text)).toEqual(['hi', '', '', '']);
  });

  it('lets a function choose the reply from the request', async () => {
    server = await startScriptedOpenAiServer((request) => ({ content: `echo ${request.text}` }));
    const reply = await post('/chat/completions', { messages: [{ role: 'user', content: 'ping' }] });
    expect(((await reply.json()) as { choices: { message: { content: string } }[] }).choices[0].message.content).toBe('echo ping');
  });
});

describe('LLM engine against the scripted server', () => {
  const run = async (content: string | undefined, rawBody?: string) => {
    server = await startScriptedOpenAiServer(() => ({ content, rawBody, usage: { promptTokens: 300, completionTokens: 30 } }));
    const config = llmConfigSchema.parse({
      provider: 'openai-compatible',
      model: 'local',
      base_url: server.baseURL,
      mode: 'diff',
      price_per_million_input: 1,
      price_per_million_output: 2,
    });
    const engine = createLlmEngine({ config, env: {} });
    const proposals = await engine.propose(fixtureContext(loadFixtureDirective('add-two'), { count: 2 }));
    return { proposals, engine };
  };

  it('turns a diff reply into candidates with cost', async () => {
    const { proposals, engine } = await run('<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE');
    for (const proposal of proposals) {
      expect(proposal).toMatchObject({ operator: 'llm-diff', parents: ['add-two-parent'], model: 'openai-compatible.chat:local' });
      expect(proposal.code).toContain('return a + b;');
      expect(proposal.usage).toEqual({ inputTokens: 300, outputTokens: 30, usd: (300 + 60) / 1e6 });
    }
    expect(engine.consecutiveFailures).toBe(0);
  });

  it('reports an empty completion and a malformed reply as failures and counts them', async () => {
    const empty = await run('');
    expect(empty.proposals.map((p) => p.failure)).toEqual(['empty reply', 'empty reply']);
    expect(empty.engine.consecutiveFailures).toBe(2);
    await server?.close();
    const malformed = await run(undefined, '{"id": "x", "choices": 42}');
    expect(malformed.proposals[0].failure).toMatch(/^LLM call failed: HTTP 200: Invalid JSON response/);
    expect(malformed.engine.consecutiveFailures).toBe(2);
  });
});
