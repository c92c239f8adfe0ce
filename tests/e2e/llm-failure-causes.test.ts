import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startRun } from '../../src/forge/run/start-run.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { startScriptedOpenAiServer, type ScriptedStep } from '../../src/test-doubles/scripted-openai-server.js';
import { workspaceWith } from '../support/cli.js';

const works: string[] = [];
afterAll(() => {
  for (const dir of works) rmSync(dir, { recursive: true, force: true });
});

/** Runs abs-diff on the LLM engine against `baseURL` (one call a cycle, no retries): what the console got, and where. */
async function consoleOf(baseURL: string, llm: Record<string, unknown> = {}): Promise<{ lines: string[]; work: string }> {
  const work = workspaceWith('abs-diff');
  works.push(work);
  mkdirSync(join(work, 'config'));
  const config = { llm: { provider: 'openai-compatible', model: 'm', base_url: baseURL, candidates_per_cycle: 1, max_retries: 0, timeout_ms: 5_000, ...llm }, gp: { population: 50, generations_per_cycle: 2 } };
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify(config));
  const lines: string[] = [];
  await startRun({ workDir: work, directiveFiles: [join(work, 'directive.json')], engine: 'llm', seed: 1, cycles: 4, handleSignals: false, log: (line) => lines.push(line) });
  return { lines, work };
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('LLM failure causes on the console', () => {
  it('shows an unreachable endpoint\'s cause once, then how often it repeated, before degrading', async () => {
    const port = await closedPort();
    const { lines } = await consoleOf(`http://127.0.0.1:${port}/v1`, { failures_before_fallback: 3 });
    const cause = `LLM call failed: connection error: Cannot connect to API: connect ECONNREFUSED 127.0.0.1:${port}`;
    expect(lines.filter((line) => line === cause), lines.join('\n')).toHaveLength(1);
    const repeated = lines.indexOf(`LLM failure repeated 2 more time(s): ${cause}`);
    const degraded = lines.findIndex((line) => line.startsWith('LLM failed 3 times in a row: degrading to the gp engine'));
    expect(repeated, lines.join('\n')).toBeGreaterThan(0);
    expect(degraded).toBe(repeated + 1);
  }, 120_000);

  it('shows an HTTP 401 and a 500 with the provider\'s messages, the key hidden, and counts their repeats', async () => {
    const key = 'sk-local-secret-key-0123';
    const previous = process.env.HEPHAESTUS_LLM_API_KEY;
    process.env.HEPHAESTUS_LLM_API_KEY = key;
    const unauthorised: ScriptedStep = { status: 401, rawBody: JSON.stringify({ error: { message: `Incorrect API key provided: ${key}` } }) };
    const failing: ScriptedStep = { status: 500, rawBody: JSON.stringify({ error: { message: 'upstream model crashed' } }) };
    const server = await startScriptedOpenAiServer((request) => (request.index % 2 === 0 ? failing : unauthorised));
    try {
      const { lines, work } = await consoleOf(server.baseURL, { failures_before_fallback: 50 });
      const text = lines.join('\n');
      expect(text).not.toContain(key);
      expect(lines.filter((line) => line === 'LLM call failed: HTTP 401: Incorrect API key provided: ***')).toHaveLength(1);
      expect(lines.filter((line) => line === 'LLM call failed: HTTP 500: upstream model crashed')).toHaveLength(1);
      // Four cycles, one call each: two of each cause, the second of each counted when the directive ends.
      expect(lines).toContain('LLM failure repeated 1 more time(s): LLM call failed: HTTP 401: Incorrect API key provided: ***');
      expect(lines).toContain('LLM failure repeated 1 more time(s): LLM call failed: HTTP 500: upstream model crashed');
      // The reason stored with each rejected candidate (and shown by the dashboard) hides the key too.
      const registry = openRegistry(work);
      const notes = registry.listCandidates({ directiveId: 'abs-diff' }).flatMap((c) => c.artifacts.notes ?? []);
      registry.close();
      expect(notes).toContain('LLM call failed: HTTP 401: Incorrect API key provided: ***');
      expect(notes.join('\n')).not.toContain(key);
    } finally {
      await server.close();
      if (previous === undefined) delete process.env.HEPHAESTUS_LLM_API_KEY;
      else process.env.HEPHAESTUS_LLM_API_KEY = previous;
    }
  }, 120_000);
});
