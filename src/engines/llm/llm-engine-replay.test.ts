import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../../config/config-schema.js';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { createLlmEngine } from './llm-engine.js';
import { createReplayModel } from '../../llm/replay-model.js';
import { startScriptedOpenAiServer } from '../../test-doubles/scripted-openai-server.js';

const directive = loadFixtureDirective('add-two');
const rewrite = '```ts\nexport default function add(a: number, b: number): number {\n  return a + b;\n}\n```';
const diff = '<<<<<<< SEARCH\n  return a - b;\n=======\n  return b + a;\n>>>>>>> REPLACE';

async function recordRun(file: string) {
  const server = await startScriptedOpenAiServer([
    { status: 429, headers: { 'retry-after': '1' } },
    { content: diff },
    { delayMs: 1500, content: 'too late' },
    { content: rewrite },
    { content: '' },
  ]);
  try {
    const config = llmConfigSchema.parse({ provider: 'openai-compatible', model: 'local', base_url: server.baseURL, mode: 'diff', timeout_ms: 300 });
    const engine = createLlmEngine({ config, recordFile: file, concurrency: 1, retryBaseMs: 10, env: {} });
    const first = await engine.propose(fixtureContext(directive, { count: 2, cycle: 1 }));
    const second = await engine.propose(fixtureContext(directive, { count: 1, cycle: 2, withParent: false }));
    return { proposals: [...first, ...second], config };
  } finally {
    await server.close();
  }
}

describe('createReplayModel', () => {
  it('reproduces a recorded run exactly, retries and timeouts included, without a server', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heph-replay-')), 'run.jsonl');
    const recorded = await recordRun(file);
    expect(recorded.proposals.map((p) => p.failure ?? p.operator)).toEqual(['llm-diff', 'llm-rewrite', 'empty reply']);
    const engine = createLlmEngine({ config: recorded.config, replayFile: file, concurrency: 1 });
    const started = Date.now();
    const replayed = [
      ...(await engine.propose(fixtureContext(directive, { count: 2, cycle: 1 }))),
      ...(await engine.propose(fixtureContext(directive, { count: 1, cycle: 2, withParent: false }))),
    ];
    expect(replayed).toEqual(recorded.proposals);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('fails clearly when the run asks something the recording does not hold', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heph-replay-')), 'run.jsonl');
    const { config } = await recordRun(file);
    const diverging = createLlmEngine({ config, replayFile: file });
    await expect(diverging.propose(fixtureContext(loadFixtureDirective('count-vowels'), { count: 1 }))).rejects.toThrow(
      /replay diverged: .* on line 1, it differs at character \d+: recorded .*Add two numbers/,
    );
    const exhausting = createLlmEngine({ config, replayFile: file, concurrency: 1 });
    await exhausting.propose(fixtureContext(directive, { count: 2, cycle: 1 }));
    await exhausting.propose(fixtureContext(directive, { count: 1, cycle: 2, withParent: false }));
    await expect(exhausting.propose(fixtureContext(directive, { count: 1, cycle: 2, withParent: false }))).rejects.toThrow(
      'replay exhausted: all 5 recorded exchanges were used',
    );
  });

  it('rejects a file that is not a recording, naming the line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heph-replay-')), 'bad.jsonl');
    writeFileSync(file, '{"n":1,"provider":"p","modelId":"m","request":{"prompt":[],"settings":{}},"reply":{"text":"x"}}\n{"n":2}\n');
    expect(() => createReplayModel(file)).toThrow(/bad\.jsonl: line 2: not a recorded LLM exchange/);
    writeFileSync(file, '{"n":1,\n');
    expect(() => createReplayModel(file)).toThrow(/line 1: invalid JSON/);
  });
});
