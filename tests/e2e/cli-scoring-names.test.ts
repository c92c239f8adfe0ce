import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

describe('scoring weights must name a metric', () => {
  it('refuses a misspelt weight in a directive, naming the file and the field (exit 2)', () => {
    const work = workspaceWith('abs-diff');
    const file = join(work, 'directive.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), scoring: { train_pas_rate: 1, script_accuracy: 2 } }));
    const result = cli(work, ['eval', 'directive.json', 'correct.ts']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/directive\.json: scoring\.train_pas_rate: .*metric/);
  });

  it('refuses a misspelt weight in forge_config.json the same way', () => {
    const work = workspaceWith('abs-diff');
    mkdirSync(join(work, 'config'));
    writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ scoring: { test_pass_rate: 0.5, linez: -0.01 } }));
    const result = cli(work, ['eval', 'directive.json', 'correct.ts']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/forge_config\.json: scoring\.linez: .*metric/);
  });
});
