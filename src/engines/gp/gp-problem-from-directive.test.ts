import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../directive/directive.js';
import { directiveSchema } from '../../directive/directive-schema.js';
import { loadExampleSet } from '../../directive/example-cases.js';
import { resolveDirective } from '../../directive/load-directive.js';
import { gpProblemFromDirective } from './gp-problem-from-directive.js';

function directive(signature: string, lines: string[], extra: Record<string, unknown> = {}): Directive {
  const dir = mkdtempSync(join(tmpdir(), 'gp-problem-'));
  writeFileSync(join(dir, 'cases.jsonl'), lines.join('\n'));
  const input = directiveSchema.parse({
    id: 'demo',
    goal: 'demo',
    signature,
    evaluator: { kind: 'examples', train: 'cases.jsonl', test: 'cases.jsonl', ...extra },
  });
  return resolveDirective(input, join(dir, 'directive.json'));
}

const problemOf = (d: Directive) => gpProblemFromDirective(d, loadExampleSet(d));

describe('gpProblemFromDirective', () => {
  it('maps the signature and the data to typed params and returns', () => {
    const d = directive('(n: number, words: string[]) => [string, number]', [
      '{"input1": 3, "input2": [], "output1": "a", "output2": 1.5}',
      '{"input1": 4, "input2": ["x"], "output1": "b", "output2": 2}',
    ]);
    const problem = problemOf(d);
    expect(problem.params).toEqual([{ name: 'n', type: 'int' }, { name: 'words', type: 'string[]' }]);
    expect(problem.returns).toEqual(['string', 'float']);
    expect(problem.train).toHaveLength(2);
    expect(problem.name).toBe('demo');
  });

  it('types a string vector that is empty in every case from the signature', () => {
    const problem = problemOf(directive('(xs: string[]) => string', ['{"input1": [], "output1": ""}']));
    expect(problem.params[0].type).toBe('string[]');
  });

  it('takes float outputs from evaluator.outputKinds', () => {
    const d = directive('(x: number) => number', ['{"input1": 1, "output1": 2}'], { outputKinds: ['float'] });
    expect(problemOf(d).returns).toEqual(['float']);
  });

  it('rejects data that disagrees with the signature, even when the cases were not loaded through loadExampleSet', () => {
    // loadExampleSet refuses such data first (src/directive/check-case-values.ts); this engine check is the second line.
    const cases = (outputs: unknown[]) => ({ train: [{ inputs: [1], outputs }], test: [{ inputs: [1], outputs }] });
    const d = directive('(x: number) => string', ['{"input1": 1, "output1": "2"}']);
    expect(() => gpProblemFromDirective(d, cases([2]))).toThrow(/disagree with the signature: output1: declared string but the data holds int/);
    const two = directive('(x: number) => number', ['{"input1": 1, "output1": 2}']);
    expect(() => gpProblemFromDirective(two, cases([2, 3]))).toThrow(/returns 1 value\(s\) but the cases have 2 output\(s\)/);
  });

  it('says plainly when the signature is beyond the engine', () => {
    const objects = directive('(p: { x: number }) => number', ['{"input1": 1, "output1": 2}']);
    expect(() => problemOf(objects)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED', message: expect.stringMatching(/parameter "p" has type \{ x: number \}/) }));
    const promise = directive('(x: number) => Promise<number>', ['{"input1": 1, "output1": 2}']);
    expect(() => problemOf(promise)).toThrow(/returns a Promise/);
    const bools = directive('(x: boolean[]) => number', ['{"input1": [true], "output1": 2}']);
    expect(() => problemOf(bools)).toThrow(/parameter "x" has type boolean\[\]/);
  });
});
