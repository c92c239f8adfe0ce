import { describe, expect, it } from 'vitest';
import { findJsonProblem, MAX_JSON_DEPTH } from './find-json-problem.js';

describe('findJsonProblem', () => {
  it('passes ordinary JSON, strings holding brackets, quotes, backslashes and key-like text included', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, { b: 'x"}],[\\', c: '\\\\' }], d: { a: 1 }, e: '"a":1,"a":2' });
    expect(findJsonProblem(text)).toBeUndefined();
    expect(findJsonProblem('[{"a":1},{"a":2}]')).toBeUndefined();
    expect(findJsonProblem(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeUndefined();
  });

  it('finds a duplicate key, compared decoded, with the path to it', () => {
    expect(findJsonProblem('{"x":{"k":1,"k":2}}')).toMatchObject({ path: ['x', 'k'], problem: expect.stringMatching(/duplicate key "k"/) });
    expect(findJsonProblem('{"goal":1,"g\\u006fal":2}')).toMatchObject({ path: ['goal'] });
    expect(findJsonProblem('{"a":[0,{"b":1,"b":1}]}')).toMatchObject({ path: ['a', 1, 'b'] });
  });

  it('finds numbers beyond a double, wherever they stand', () => {
    expect(findJsonProblem('{"a":[1,2,1e400]}')).toMatchObject({ offset: 10, path: ['a', 2], problem: expect.stringMatching(/1e400/) });
    expect(findJsonProblem('-1E+309')).toMatchObject({ path: [] });
    expect(findJsonProblem('[1e308, 0.0000001e-400]')).toBeUndefined();
  });

  it('stops at the depth cap without recursion, however deep the input', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(findJsonProblem(deep)).toEqual({ offset: MAX_JSON_DEPTH, problem: expect.stringMatching(/nest deeper than/) });
  });
});
