import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startScriptedOpenAiServer, type ScriptedRequest, type ScriptedStep } from '../../src/test-doubles/scripted-openai-server.js';
import { startRun } from '../../src/forge/run/start-run.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { workspaceWith } from '../support/cli.js';

// A scripted local OpenAI-compatible server: a test double of the HTTP path, never a measure of any model's quality.
const WRONG = '```ts\nexport default function absDiff(a: number, b: number): number {\n  return a - b;\n}\n```';
const FIX = '<<<<<<< SEARCH\n  return a - b;\n=======\n  return Math.abs(a - b);\n>>>>>>> REPLACE';
const STALE_DIFF = '<<<<<<< SEARCH\n  return a * b;\n=======\n  return 0;\n>>>>>>> REPLACE';
// One request each, in order (max_retries 1: a fault followed by a success is a retry that worked).
const FAULTS: ScriptedStep[] = [
  { status: 429, headers: { 'retry-after': '1' } },
  { content: WRONG },
  { status: 503 },
  { status: 503 },
  { delayMs: 4_000, content: WRONG },
  { delayMs: 4_000, content: WRONG },
  { content: '' },
  { content: 'I would rather not write code today.' },
  { content: STALE_DIFF },
  { content: `\`\`\`ts\n// ${'x'.repeat(3_000)}\nexport default (a: number, b: number): number => a - b;\n\`\`\`` },
];

describe('LLM faults through the forge loop', () => {
  const work = workspaceWith('abs-diff');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('retries, marks each failed proposal rejected with its reason, keeps running and solves', async () => {
    const script = (request: ScriptedRequest): ScriptedStep => FAULTS[request.index] ?? { content: request.text.includes('return a - b;') ? FIX : WRONG };
    const server = await startScriptedOpenAiServer(script);
    try {
      mkdirSync(join(work, 'config'));
      const llm = { provider: 'openai-compatible', model: 'scripted', base_url: server.baseURL, mode: 'diff', candidates_per_cycle: 1, max_retries: 1, timeout_ms: 1_000, max_reply_chars: 1_000, failures_before_fallback: 50 };
      writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ llm }));
      const outcome = await startRun({ workDir: work, directiveFiles: [join(work, 'directive.json')], engine: 'llm', seed: 5, handleSignals: false, log: () => undefined });
      expect(outcome.directives[0]).toMatchObject({ solved: true });
      expect(server.requests.length).toBeGreaterThan(FAULTS.length);
      // The 429's retry-after of 1 s was honoured before the retry that succeeded.
      expect(server.requests[1].receivedAt - server.requests[0].receivedAt).toBeGreaterThanOrEqual(900);
    } finally {
      await server.close();
    }
    const registry = openRegistry(work);
    try {
      const candidates = registry.listCandidates({ directiveId: 'abs-diff' });
      const rejected = candidates.filter((c) => c.status === 'rejected').map((c) => (c.artifacts.notes ?? []).join(' '));
      process.stdout.write(`llm-faults: rejected proposals and their reasons:\n${rejected.join('\n')}\n`);
      for (const reason of [/HTTP 503/, /timed out/, /empty reply/, /malformed reply/, /not found in the parent/, /exceeds max_reply_chars/]) {
        expect(rejected.some((note) => reason.test(note)), `no rejection for ${reason}`).toBe(true);
      }
      expect(registry.listEvents({ kind: 'engine-degraded' })).toHaveLength(0);
      expect(candidates.find((c) => c.status === 'solved')?.engine).toBe('llm');
    } finally {
      registry.close();
    }
  }, 120_000);
});
