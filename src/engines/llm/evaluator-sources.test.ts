import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { llmConfigSchema } from '../../config/config-schema.js';
import { loadDirective } from '../../directive/load-directive.js';
import type { MutationContext } from '../../mutation/mutation-engine.js';
import { createMockLlmModel } from '../../test-doubles/mock-llm-model.js';
import { createLlmEngine } from './llm-engine.js';

const dir = mkdtempSync(join(tmpdir(), 'heph-evaluator-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEST = "import assert from 'node:assert/strict';\nexport default (fn: (s: string) => string): void => assert.equal(fn('ab'), 'ba');\n";
const SCRIPT = `export function evaluate(fn: (s: string) => string) {\n  const score = fn('abc') === 'cba' ? 1 : 0;\n  return { score, metrics: {} };\n}\n// ${'padding '.repeat(40)}\n`;
writeFileSync(join(dir, 'reverse.test.ts'), TEST);
writeFileSync(join(dir, 'score.ts'), SCRIPT);
const directive = (name: string, evaluator: object) => {
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ id: name, goal: 'Reverse the string.', signature: '(s: string) => string', evaluator }));
  return loadDirective(join(dir, `${name}.json`));
};

/** The user prompt the mock model receives for one first-cycle call under the given LLM settings. */
async function promptFor(evaluator: object, llm: Record<string, unknown> = {}): Promise<string> {
  const model = createMockLlmModel();
  const config = llmConfigSchema.parse({ provider: 'openai-compatible', model: 'm', base_url: 'http://127.0.0.1:1/v1', candidates_per_cycle: 1, ...llm });
  const context: MutationContext = {
    directive: directive(`d${Math.random().toString(36).slice(2, 8)}`, evaluator),
    parents: [],
    inspirations: [],
    cycle: 0,
    seed: 1,
    count: 1,
    signal: new AbortController().signal,
    recordEvent: () => undefined,
    engineState: {},
  };
  await createLlmEngine({ config, model }).propose(context);
  return model.calls[0].prompt;
}

describe('the prompt shows what checks the module', () => {
  it('includes the test files of a tests directive', async () => {
    const prompt = await promptFor({ kind: 'tests', files: ['reverse.test.ts'] });
    expect(prompt).toContain('# Tests\nThe module passes when every test below passes');
    expect(prompt).toContain(`## reverse.test.ts\n\`\`\`ts\n${TEST.trimEnd()}\n\`\`\``);
  });

  it('includes the evaluator module of a script directive, cut at max_evaluator_source_chars', async () => {
    const whole = await promptFor({ kind: 'script', module: 'score.ts' });
    expect(whole).toContain('# Evaluator\n');
    expect(whole).toContain(SCRIPT.trimEnd());
    const cut = await promptFor({ kind: 'script', module: 'score.ts' }, { max_evaluator_source_chars: 120 });
    expect(cut).toContain(SCRIPT.slice(0, 120));
    expect(cut).toContain(`// … ${SCRIPT.length - 120} more characters not shown`);
    expect(cut).not.toContain(SCRIPT.slice(0, 121));
  });

  it('leaves them out when llm.include_evaluator_source is false', async () => {
    const prompt = await promptFor({ kind: 'tests', files: ['reverse.test.ts'] }, { include_evaluator_source: false });
    expect(prompt).toContain('# Goal\nReverse the string.');
    expect(prompt).not.toContain('# Tests');
    expect(prompt).not.toContain('assert.equal');
  });
});
