import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directiveFingerprint } from '../../directive/directive-fingerprint.js';
import { loadDirective } from '../../directive/load-directive.js';
import type { DirectiveRecord } from '../../registry/records.js';
import { decideDirectiveVersion } from './decide-directive-version.js';

function project(): { dir: string; edit: (change: Record<string, unknown>) => void; load: () => ReturnType<typeof loadDirective> } {
  const dir = mkdtempSync(join(tmpdir(), 'heph-version-'));
  cpSync(resolve('tests/fixtures/abs-diff'), dir, { recursive: true });
  const file = join(dir, 'directive.json');
  return {
    dir,
    edit: (change) => writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...change })),
    load: () => loadDirective(file),
  };
}

const stored = (directive: ReturnType<typeof loadDirective>, extra: Partial<DirectiveRecord> = {}): DirectiveRecord => ({
  id: directive.id, file: directive.file, goal: directive.goal, signature: directive.signature, json: JSON.stringify(directive), priority: 1, status: 'solved', version: 3, fingerprint: directiveFingerprint(directive), ...extra,
});

describe('directive fingerprint and version', () => {
  it('ignores where the files are, key order, budget, priority and name; sees goal, constraints and every byte of the data', () => {
    const p = project();
    const base = directiveFingerprint(p.load());
    p.edit({ budget: { cycles: 3 }, priority: 5, name: 'absDiff', requireApproval: true });
    expect(directiveFingerprint(p.load())).toBe(base);
    renameSync(join(p.dir, 'train.jsonl'), join(p.dir, 'cases.jsonl'));
    p.edit({ evaluator: { test: 'test.jsonl', kind: 'examples', train: 'cases.jsonl' } });
    expect(directiveFingerprint(p.load())).toBe(base);
    writeFileSync(join(p.dir, 'cases.jsonl'), readFileSync(join(p.dir, 'cases.jsonl'), 'utf8').replace('"output1":', '"output1": '));
    expect(directiveFingerprint(p.load())).not.toBe(base);
    const q = project();
    q.edit({ constraints: { maxLines: 50 } });
    expect(directiveFingerprint(q.load())).not.toBe(base);
    const r = project();
    r.edit({ goal: 'Return the sum of two integers.' });
    expect(directiveFingerprint(r.load())).not.toBe(base);
  });

  it('keeps the version of an unchanged directive, starts the next for a changed one or --fresh', () => {
    const p = project();
    const directive = p.load();
    expect(decideDirectiveVersion(undefined, directive)).toMatchObject({ version: 1, starts: 'new' });
    expect(decideDirectiveVersion(stored(directive), directive)).toEqual({ version: 3, fingerprint: directiveFingerprint(directive) });
    expect(decideDirectiveVersion(stored(directive), directive, true)).toMatchObject({ version: 4, starts: 'fresh', previous: 3 });
    p.edit({ goal: 'Return the sum of two integers.' });
    expect(decideDirectiveVersion(stored(directive), p.load())).toMatchObject({ version: 4, starts: 'changed', previous: 3 });
  });

  it('adopts a directive registered before versions when its settings are the same, and starts version 2 when not', () => {
    const p = project();
    const directive = p.load();
    const legacy = stored(directive, { version: 1, fingerprint: undefined });
    expect(decideDirectiveVersion(legacy, directive)).toEqual({ version: 1, fingerprint: directiveFingerprint(directive) });
    p.edit({ goal: 'Return the sum of two integers.' });
    expect(decideDirectiveVersion(legacy, p.load())).toMatchObject({ version: 2, starts: 'changed', previous: 1 });
  });
});
