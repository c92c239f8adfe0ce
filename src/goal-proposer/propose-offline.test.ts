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

  it('proposes a curriculum on the easier half: the smallest inputs, with a case the best candidate fails', () => {
    const curriculum = proposeOffline(directive, examples, digitsCandidate(examples), 3).find((p) => p.kind === 'curriculum');
    expect(curriculum?.id).toBe('fizz.easy');
    expect(curriculum?.train.map((c) => c.inputs[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(curriculum?.test).toHaveLength(2);
    const passesSmall = { ...digitsCandidate(examples), artifacts: { trainErrors: examples.train.map((_, i) => (i === 11 ? 1 : 0)) } };
    const withFailure = proposeOffline(directive, examples, passesSmall, 3).find((p) => p.kind === 'curriculum');
    expect(withFailure?.train.map((c) => c.inputs[0])).toEqual([1, 2, 3, 4, 5, 12]);
    expect(withFailure?.why).toContain('1 of them failed by its best candidate');
  });

  it('skips clusters smaller than the minimum and proposes only a curriculum without a candidate', () => {
    expect(proposeOffline(directive, examples, digitsCandidate(examples), 5).map((p) => p.kind)).toEqual(['curriculum']);
    expect(proposeOffline(directive, examples, undefined, 3).map((p) => p.kind)).toEqual(['curriculum']);
  });

  it('derives ids that stay within the directive id pattern', () => {
    expect(childId('a'.repeat(80), 'fc-TypeError: boom!')).toMatch(/^[a-z0-9][a-z0-9._-]{0,79}$/);
  });
});
