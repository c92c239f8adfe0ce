import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

// A malformed --redis is bad input: exit 2 naming the field, nothing written, and the password never echoed.
describe('--redis given something that is not a Redis URL', () => {
  it('refuses run and worker with exit 2 before anything is written', () => {
    const work = mkdtempSync(join(tmpdir(), 'heph-scale-input-'));
    const run = cli(work, ['run', resolve('tests/fixtures/abs-diff/directive.json'), '--redis', 'http://:hunter2@cache:6379']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--redis must be a redis:// or rediss:// URL, got "***@cache:6379"');
    expect(run.stderr).not.toContain('hunter2');
    expect(existsSync(join(work, '.hephaestus'))).toBe(false);
    const worker = cli(work, ['worker', '--redis', 'cache:6379']);
    expect(worker.status).toBe(2);
    expect(worker.stderr).toContain('--redis must be a redis:// or rediss:// URL');
  });
});
