import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPsbProblem } from './load-psb-problem.js';
import { defaultReportPath } from './report-file.js';
import { typeAbbreviation } from './type-abbreviation.js';

function problemDir(files: Record<string, string>): string {
  const data = mkdtempSync(join(tmpdir(), 'psb-'));
  mkdirSync(join(data, 'p'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(data, 'p', name), text);
  return data;
}

describe('loadPsbProblem', () => {
  it('reads any PSB-style directory, naming parameters input1..N and inferring types', () => {
    const data = problemDir({
      'train.jsonl': '{"input1": [1.5, 2], "input2": "a", "output1": true, "output2": 3}\n',
      'test.jsonl': '{"input1": [], "input2": "", "output1": false, "output2": 4}\n',
    });
    const problem = loadPsbProblem(data, 'p');
    expect(problem.params).toEqual([{ name: 'input1', type: 'float[]' }, { name: 'input2', type: 'string' }]);
    expect(problem.returns).toEqual(['boolean', 'int']);
    expect(typeAbbreviation(problem)).toBe('vf,s -> b,i');
    expect(problem.test[0]).toEqual({ inputs: [[], ''], outputs: [false, 4] });
  });

  it('takes declared types from the types file, null leaving a column to the data', () => {
    const data = problemDir({
      'train.jsonl': '{"input1": 1, "input2": [], "output1": 2}\n',
      'test.jsonl': '{"input1": 2, "input2": [], "output1": 3}\n',
      types: '{"inputs": [null, "string[]"], "outputs": ["float"]}',
    });
    const problem = loadPsbProblem(data, 'p');
    expect(problem.params.map((p) => p.type)).toEqual(['int', 'string[]']);
    expect(problem.returns).toEqual(['float']);
  });

  it('names the missing file or the bad types field', () => {
    expect(() => loadPsbProblem(problemDir({ 'train.jsonl': '{"input1": 1, "output1": 2}\n' }), 'p')).toThrow(/test.jsonl: file: does not exist/);
    const bad = problemDir({ 'train.jsonl': '{"input1": 1, "output1": 2}\n', 'test.jsonl': '{"input1": 1, "output1": 2}\n', types: '{"outputs": ["number"]}' });
    expect(() => loadPsbProblem(bad, 'p')).toThrow(/types: outputs\[0\]/);
  });
});

describe('defaultReportPath', () => {
  it('names the report after the date and the problems', () => {
    const now = new Date('2026-11-24T06:05:00Z');
    expect(defaultReportPath('/r', ['a', 'b'], now)).toBe('/r/psb-2026-11-24T0605-a_b.md');
    expect(defaultReportPath('/r', ['a', 'b', 'c', 'd', 'e'], now)).toBe('/r/psb-2026-11-24T0605-a_b_c-and-2-more.md');
  });
});
