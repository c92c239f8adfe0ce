import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer, type ScriptedRequest } from '../../src/test-doubles/scripted-openai-server.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { cliAsync, workspaceWith } from '../support/cli.js';

// A scripted local OpenAI-compatible server: a test double of the HTTP path, never a measure of any model's quality.
const WRONG = '```ts\nexport default function absDiff(a: number, b: number): number {\n  return a - b;\n}\n```';
const FIX = 'The difference must not be negative.\n<<<<<<< SEARCH\n  return a - b;\n=======\n  return Math.abs(a - b);\n>>>>>>> REPLACE';
const script = (request: ScriptedRequest): { content: string } => ({ content: request.text.includes('return a - b;') ? FIX : WRONG });

function llmWorkspace(baseURL: string, extra: Record<string, unknown> = {}): string {
  const work = workspaceWith('abs-diff');
  mkdirSync(join(work, 'config'));
  const llm = { provider: 'openai-compatible', model: 'scripted', base_url: baseURL, mode: 'diff', candidates_per_cycle: 2, ...extra };
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ llm }, null, 2));
  return work;
}

const clean = { HEPHAESTUS_LLM_PROVIDER: '', HEPHAESTUS_LLM_MODEL: '', HEPHAESTUS_LLM_BASE_URL: '' };
let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a run with the LLM engine against a scripted local server', () => {
  it('evolves a module through a diff that reaches nodes/, and replays exactly with no server', async () => {
    server = await startScriptedOpenAiServer(script);
    const work = llmWorkspace(server.baseURL);
    const recording = join(work, 'exchanges.jsonl');
    const run = cliAsync(work, ['run', 'directive.json', '--seed', '9', '--record', recording, '--json'], clean);
    const result = await run.done;
    expect(result.status, result.stderr).toBe(0);
    const outcome = JSON.parse(result.stdout);
    expect(outcome.directives[0]).toMatchObject({ id: 'abs-diff', solved: true });
    const node = readFileSync(join(work, 'nodes', 'abs-diff', 'abs-diff.ts'), 'utf8');
    expect(node).toContain('Math.abs(a - b)');
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.some((r) => r.text.includes('return a - b;'))).toBe(true);
    expect(existsSync(recording)).toBe(true);
    await server.close();
    server = undefined;

    const again = llmWorkspace('http://127.0.0.1:9/v1');
    const replay = await cliAsync(again, ['run', 'directive.json', '--seed', '9', '--replay', recording, '--json'], clean).done;
    expect(replay.status, replay.stderr).toBe(0);
    const replayed = JSON.parse(replay.stdout);
    expect(replayed.directives[0].cycles).toBe(outcome.directives[0].cycles);
    expect(readFileSync(join(again, 'nodes', 'abs-diff', 'abs-diff.ts'), 'utf8').split('\n').slice(2)).toEqual(node.split('\n').slice(2));
  });

  it('degrades to the offline engine after consecutive LLM failures, records that it did, and still solves', async () => {
    server = await startScriptedOpenAiServer(() => ({ status: 500, rawBody: '{"error":{"message":"overloaded"}}' }));
    const work = llmWorkspace(server.baseURL, { max_retries: 0, failures_before_fallback: 2 });
    const result = await cliAsync(work, ['run', 'directive.json', '--seed', '3', '--json'], clean).done;
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).directives[0].solved).toBe(true);
    expect(result.stderr).toMatch(/degrading to the gp engine/);
    const registry = openRegistry(work);
    try {
      expect(registry.listEvents({ kind: 'engine-degraded' })).toHaveLength(1);
      expect(registry.best('abs-diff')?.engine).toBe('gp');
    } finally {
      registry.close();
    }
  });
});
