import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAUNCHER = resolve(import.meta.dirname, '..', 'bin', 'hephaestus.mjs');

describe('the hephaestus launcher', () => {
  it('starts Node with a main-thread heap limit that keeps a run under 1 GB (its #! line, run as written)', () => {
    const shebang = readFileSync(LAUNCHER, 'utf8').split('\n')[0];
    expect(shebang.startsWith('#!/usr/bin/env -S node ')).toBe(true);
    const flags = shebang.slice('#!/usr/bin/env -S node '.length).split(' ');
    // The same interpreter line, asked for the limit V8 actually got: a misspelt or ignored flag gives the default.
    const limitMb = Number(execFileSync('/usr/bin/env', ['-S', ['node', ...flags].join(' '), '-p', "require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20"], { encoding: 'utf8' }));
    expect(limitMb).toBeGreaterThan(256);
    expect(limitMb).toBeLessThan(512);
  });

  it('runs the CLI when executed directly, as an npm bin link does', () => {
    expect(execFileSync(LAUNCHER, ['--help'], { encoding: 'utf8' })).toMatch(/hephaestus/i);
  });
});
