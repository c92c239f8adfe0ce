import { describe, expect, it } from 'vitest';
import { digitsCandidate, fizzDirective, fizzExamples } from './goal-proposer-fixtures.js';
import { childId, proposeOffline } from './propose-offline.js';

describe('offline goal proposals', () => {
  const directive = fizzDirective();
  const examples = fizzExamples();

  it('turns the largest failure cluster into a sub-directive with its own cases, and says why', () => {
    const [cluster] = proposeOffline(directive, examples, digitsCandidate(examples), 3);
    expect(cluster).toMatchObject({ id: expect.stringMatching(/^fizz\.fc-wrong-expected-[0-9a-f]{6}$/), parent: 'fizz', kind: 'failure-cluster' });
    const all = [...cluster.train, ...cluster.test];
    expect(all.every((c) => c.outputs[0] === 'Fizz')).toBe(true);
    expect(all).toHaveLength(4);
    expect(cluster.test.length).toBeGreaterThan(0);
    expect(cluster.why).toContain('4 of 12 train cases');
    expect(cluster.why).toContain('cand-digits');
  });

  it('proposes a curriculum on the easier half: passed cases and small inputs first', () => {
    const curriculum = proposeOffline(directive, examples, digitsCandidate(examples), 3).find((p) => p.kind === 'curriculum');
    expect(curriculum?.id).toBe('fizz.easy');
    expect(curriculum?.train).toHaveLength(6);
    expect(curriculum?.train.every((c) => c.outputs[0] !== 'Fizz')).toBe(true);
    expect(curriculum?.test).toHaveLength(2);
  });

  it('skips clusters smaller than the minimum and proposes only a curriculum without a candidate', () => {
    expect(proposeOffline(directive, examples, digitsCandidate(examples), 5).map((p) => p.kind)).toEqual(['curriculum']);
    expect(proposeOffline(directive, examples, undefined, 3).map((p) => p.kind)).toEqual(['curriculum']);
  });

  it('derives ids that stay within the directive id pattern', () => {
    expect(childId('a'.repeat(80), 'fc-TypeError: boom!')).toMatch(/^[a-z0-9][a-z0-9._-]{0,79}$/);
  });
});
