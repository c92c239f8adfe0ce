import { describe, expect, it } from 'vitest';
import { clusterFailures, failingTrainIndices, valueShape } from './failure-clusters.js';
import { digitsCandidate, fizzExamples } from './goal-proposer-fixtures.js';

describe('failure clusters', () => {
  it('groups the failed train cases by the shape of what was expected and what came back', () => {
    const examples = fizzExamples();
    const candidate = digitsCandidate(examples);
    expect(failingTrainIndices(candidate)).toEqual([2, 5, 8, 11]);
    expect(clusterFailures(candidate, examples)).toEqual([{ signature: 'wrong: expected string(letters), got string(digits)', indices: [2, 5, 8, 11] }]);
  });

  it('keeps thrown errors apart from wrong values, largest group first', () => {
    const examples = fizzExamples();
    const candidate = digitsCandidate(examples);
    const failing = candidate.artifacts.failingCases ?? [];
    failing[0] = { ...failing[0], error: 'TypeError: x.at is not a function' };
    candidate.artifacts.trainErrors = candidate.artifacts.trainErrors?.map((e, i) => (i === 0 ? 1 : e));
    const clusters = clusterFailures(candidate, examples);
    expect(clusters.map((c) => [c.signature, c.indices.length])).toEqual([
      ['wrong: expected string(letters), got string(digits)', 3],
      ['TypeError', 1],
      ['wrong: expected string(digits)', 1],
    ]);
  });

  it('describes values coarsely', () => {
    expect([valueShape(0), valueShape(-2), valueShape(1.5), valueShape(''), valueShape([true]), valueShape(undefined)]).toEqual([
      'zero',
      'negative int',
      'positive float',
      'empty string',
      'array of true',
      'nothing',
    ]);
  });
});
