import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Directive, ExampleCase, ExampleSet } from '../directive/directive.js';
import { loadDirective } from '../directive/load-directive.js';
import type { CandidateRecord } from '../registry/records.js';

const jsonl = (cases: ExampleCase[]): string => cases.map((c) => JSON.stringify({ input1: c.inputs[0], output1: c.outputs[0] })).join('\n');

/** A fizz-like directive written to a fresh temporary directory with its cases (for proposer and custodian tests). */
export function fizzDirective(): Directive {
  const dir = mkdtempSync(join(tmpdir(), 'heph-fizz-'));
  const examples = fizzExamples();
  writeFileSync(join(dir, 'train.jsonl'), jsonl(examples.train));
  writeFileSync(join(dir, 'test.jsonl'), jsonl(examples.test));
  const input = { id: 'fizz', goal: 'Fizz for multiples of 3, else the number as a string.', signature: '(x: number) => string', evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' } };
  writeFileSync(join(dir, 'directive.json'), JSON.stringify(input));
  return loadDirective(join(dir, 'directive.json'));
}

/** Twelve train and four test cases: multiples of 3 give "Fizz", the others their digits. */
export function fizzExamples(): ExampleSet {
  const make = (x: number) => ({ inputs: [x], outputs: [x % 3 === 0 ? 'Fizz' : String(x)] });
  return { train: Array.from({ length: 12 }, (_, i) => make(i + 1)), test: [13, 15, 30, 31].map(make) };
}

/** A candidate that returns the digits for every input: it fails exactly the multiples of 3. */
export function digitsCandidate(examples: ExampleSet): CandidateRecord {
  const code = 'export default function fizz(x: number): string {\n  return String(x);\n}\n';
  const trainErrors = examples.train.map((c) => (c.outputs[0] === 'Fizz' ? 1 : 0));
  return {
    id: 'cand-digits',
    directiveId: 'fizz',
    runId: 'run-1',
    cycle: 3,
    hash: createHash('sha256').update(code).digest('hex'),
    code,
    parents: [],
    engine: 'gp',
    operator: 'gp:lexicase',
    status: 'evaluated',
    metrics: { train_pass_rate: 8 / 12, test_pass_rate: 0.5 },
    score: 0.6,
    artifacts: {
      trainErrors,
      failingCases: examples.train.flatMap((c, index) => (c.outputs[0] === 'Fizz' ? [{ split: 'train' as const, index, input: c.inputs, expected: c.outputs[0], actual: String(c.inputs[0]), error: 'wrong output (case error 1)' }] : [])),
    },
    createdAt: '2026-11-24T06:00:00.000Z',
  };
}
