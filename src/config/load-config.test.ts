import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

function workDir(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'heph-config-'));
  if (config !== undefined) {
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config', 'forge_config.json'), config);
  }
  return dir;
}

describe('loadConfig', () => {
  it('gives defaults when there is no config file', () => {
    const config = loadConfig(workDir(), {});
    expect(config.stop_build).toBe(false);
    expect(config.llm).toBeNull();
    expect(config.gp.max_executions).toBe(60_000_000);
  });

  it('reads stop_build and nested settings', () => {
    const config = loadConfig(workDir('{"stop_build": true, "loop": {"stagnation_cycles": 3}}'), {});
    expect(config.stop_build).toBe(true);
    expect(config.loop.stagnation_cycles).toBe(3);
    expect(config.loop.parents).toBe(2);
  });

  it('takes the LLM from HEPHAESTUS_LLM_* variables', () => {
    const config = loadConfig(workDir(), { HEPHAESTUS_LLM_PROVIDER: 'openai-compatible', HEPHAESTUS_LLM_MODEL: 'qwen', HEPHAESTUS_LLM_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(config.llm).toMatchObject({ provider: 'openai-compatible', model: 'qwen', base_url: 'http://127.0.0.1:11434/v1' });
  });

  it.each([
    ['{"stop_build": "yes"}', /forge_config\.json: stop_build: /],
    ['{"loop": {"parents": 0}}', /forge_config\.json: loop\.parents: /],
    ['{"llm": {"provider": "skynet", "model": "x"}}', /forge_config\.json: llm\.provider: /],
    ['[1,', /forge_config\.json: line 1: invalid JSON/],
  ])('rejects %s naming the field', (text, message) => {
    expect(() => loadConfig(workDir(text), {})).toThrow(message);
  });

  it('rejects a bad HEPHAESTUS_LLM_PROVIDER naming the variable', () => {
    expect(() => loadConfig(workDir(), { HEPHAESTUS_LLM_PROVIDER: 'skynet', HEPHAESTUS_LLM_MODEL: 'x' })).toThrow(/HEPHAESTUS_LLM_PROVIDER/);
  });
});
