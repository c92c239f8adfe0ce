import { describe, expect, it } from 'vitest';
import { ARTIFACTS_BYTES, capArtifacts } from './cap-artifacts.js';
import { encodeRegistryJson } from './registry-json.js';
import { openRegistryAt } from './open-registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

const bytes = (value: unknown): number => Buffer.byteLength(encodeRegistryJson(value));

describe('capArtifacts', () => {
  it('leaves artifacts under the cap untouched', () => {
    const artifacts = { stderr: 'warn', notes: ['timeout: 8 s'], trainErrors: [0, 1], flags: ['timeout'] };
    expect(capArtifacts(artifacts)).toBe(artifacts);
  });

  it('cuts what a candidate returned, printed and threw to 64 KB and marks it', () => {
    const huge = 'y'.repeat(999_000);
    const failingCases = Array.from({ length: 200 }, (_, index) => ({ split: 'train' as const, index, input: [index], expected: 'Fizz', actual: huge, error: `threw: ${huge}` }));
    const artifacts = { stderr: huge, notes: Array.from({ length: 100 }, () => `escape-attempt: ${huge}`), failingCases, trainErrors: Array.from({ length: 50_000 }, () => 1e6), flags: ['escape-attempt'] };
    const capped = capArtifacts(artifacts);
    expect(bytes(capped)).toBeLessThanOrEqual(ARTIFACTS_BYTES);
    expect(capped.truncated).toBe(true);
    expect(capped.flags).toEqual(['escape-attempt']);
    expect(capped.failingCases?.length).toBeGreaterThan(0);
    expect(String(capped.failingCases?.[0]?.actual)).toMatch(/… \[cut: \d+ more characters\]$/);
    expect(capped.notes?.[0]).toMatch(/^escape-attempt: y+… \[cut/);
  });

  it('is applied when a candidate is registered', () => {
    const registry = fx.seed(openRegistryAt(':memory:'));
    registry.addCandidate(fx.candidate('c1', { artifacts: { stderr: 'x'.repeat(500_000), notes: ['crash: boom'] } }));
    const stored = registry.getCandidate('c1');
    expect(bytes(stored?.artifacts)).toBeLessThanOrEqual(ARTIFACTS_BYTES);
    expect(stored?.artifacts).toMatchObject({ truncated: true, notes: ['crash: boom'] });
    registry.close();
  });
});
