import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCanaries } from './canary-set.js';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'heph-canary-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const quiet = { output: '', messages: [] };

describe('createCanaries', () => {
  it('plants decoy keys and readable decoy files that carry one token, and stays silent when untouched', () => {
    const dir = scratch();
    const canaries = createCanaries(dir);
    const token = canaries.env.OPENAI_API_KEY.replace('sk-canary-', '');
    expect(canaries.env.ANTHROPIC_API_KEY).toContain(token);
    expect(canaries.readPaths).toEqual([join(dir, '.ssh/id_rsa'), join(dir, '.hephaestus/registry.db'), join(dir, '.env')]);
    expect(canaries.inspect({ output: 'ordinary output', messages: [{ kind: 'case', value: 1 }] })).toEqual([]);
    expect(createCanaries(scratch()).env.OPENAI_API_KEY).not.toBe(canaries.env.OPENAI_API_KEY);
  });

  it('notes a decoy file that was read, modified or removed', () => {
    const dir = scratch();
    const canaries = createCanaries(dir);
    readFileSync(join(dir, '.ssh/id_rsa'));
    writeFileSync(join(dir, '.env'), 'changed');
    unlinkSync(join(dir, '.hephaestus/registry.db'));
    expect(canaries.inspect(quiet)).toEqual([
      'escape-attempt: decoy file ~/.ssh/id_rsa was read',
      'escape-attempt: decoy file ~/.hephaestus/registry.db was removed',
      'escape-attempt: decoy file ~/.env was modified',
    ]);
  });

  it('notes the token in the output, in the reported results and in a file written to scratch', () => {
    const dir = scratch();
    const canaries = createCanaries(dir);
    const key = canaries.env.OPENAI_API_KEY;
    writeFileSync(join(dir, 'loot.txt'), `stolen: ${key}`);
    expect(canaries.inspect({ output: `key=${key}`, messages: [{ kind: 'case', error: `threw: ${key}` }] })).toEqual([
      'escape-attempt: a canary secret appeared in the output',
      'escape-attempt: a canary secret appeared in the reported results',
      'escape-attempt: a canary secret was written to scratch file loot.txt',
    ]);
  });
});
