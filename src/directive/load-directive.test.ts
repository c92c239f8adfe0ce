import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { loadExampleSet } from './example-cases.js';
import { loadDirective } from './load-directive.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'heph-directive-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const good = {
  id: 'add',
  goal: 'add two numbers',
  signature: '(a: number, b: number) => number',
  evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' },
};
const cases = '{"input1":1,"input2":2,"output1":3}\n{"input1":5,"input2":5,"output1":10}\n';

function failure(files: Record<string, string>): HephaestusError {
  const dir = workspace({ 'train.jsonl': cases, 'test.jsonl': cases, ...files });
  try {
    const directive = loadDirective(join(dir, 'd.json'));
    loadExampleSet(directive);
  } catch (error) {
    expect(HephaestusError.isInstance(error)).toBe(true);
    return error as HephaestusError;
  }
  throw new Error('expected the directive to be rejected');
}

describe('loadDirective', () => {
  it('loads a valid directive with defaults and absolute paths', () => {
    const dir = workspace({ 'd.json': JSON.stringify(good), 'train.jsonl': cases, 'test.jsonl': cases });
    const directive = loadDirective(join(dir, 'd.json'));
    expect(directive.constraints).toEqual({ maxLines: 200, allowedImports: [], timeoutMs: 5000, memoryMb: 256 });
    expect(directive.evaluator.kind === 'examples' && directive.evaluator.train).toBe(join(dir, 'train.jsonl'));
    expect(loadExampleSet(directive).train).toEqual([
      { inputs: [1, 2], outputs: [3] },
      { inputs: [5, 5], outputs: [10] },
    ]);
  });

  it.each([
    ['invalid JSON', { 'd.json': '{"id": "x",' }, /d\.json: line 1: invalid JSON/],
    ['empty file', { 'd.json': '' }, /file is empty/],
    ['binary garbage', { 'd.json': '\u0000\u0001\u0002' }, /binary/],
    ['missing goal', { 'd.json': JSON.stringify({ ...good, goal: undefined }) }, /d\.json: goal: /],
    ['wrong type', { 'd.json': JSON.stringify({ ...good, priority: 'high' }) }, /d\.json: priority: /],
    ['unknown evaluator kind', { 'd.json': JSON.stringify({ ...good, evaluator: { kind: 'oracle' } }) }, /d\.json: evaluator\.kind: /],
    ['unknown field', { 'd.json': JSON.stringify({ ...good, colour: 'red' }) }, /unknown field\(s\) "colour"/],
    ['bad signature', { 'd.json': JSON.stringify({ ...good, signature: '(a: number => number' }) }, /d\.json: signature: does not parse/],
    ['missing data file', { 'd.json': JSON.stringify({ ...good, evaluator: { ...good.evaluator, train: 'nope.jsonl' } }) }, /evaluator\.train: file "nope\.jsonl" does not exist/],
    ['bad JSONL line', { 'd.json': JSON.stringify(good), 'train.jsonl': `${cases}{oops\n` }, /train\.jsonl: line 3: invalid JSON/],
    ['missing input', { 'd.json': JSON.stringify(good), 'test.jsonl': '{"input1":1,"output1":1}\n' }, /test\.jsonl: line 1: input2: missing/],
    ['an unknown type (issue #13)', { 'd.json': JSON.stringify({ ...good, signature: '(s: string) => numbr' }) }, /d\.json: signature: unknown type "numbr" \(Cannot find name 'numbr'/],
    ['a generic without its arguments', { 'd.json': JSON.stringify({ ...good, signature: '(m: Map<string>) => number' }) }, /d\.json: signature: Generic type 'Map<K, V>' requires 2/],
    ['an output type the data does not have', { 'd.json': JSON.stringify({ ...good, signature: '(a: number, b: number) => string' }) }, /train\.jsonl: line 1: output1: expected string/],
    ['a duplicate key', { 'd.json': '{"id":"a","id":"b"}' }, /d\.json: id: duplicate key "id"/],
  ])('rejects %s with exit 2 and the field named', (_name, files, message) => {
    const error = failure(files);
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
  });

  it('follows a symbolic link that stays inside the project, and accepts types it does not model', () => {
    const dir = workspace({ 'd.json': JSON.stringify({ ...good, signature: '(a: number, b: number) => number | null', seed: 'link.ts' }), 'train.jsonl': cases, 'test.jsonl': cases });
    writeFileSync(join(dir, 'seed.ts'), 'export default (a: number, b: number): number => a + b;\n');
    symlinkSync(join(dir, 'seed.ts'), join(dir, 'link.ts'));
    expect(loadDirective(join(dir, 'd.json')).seed).toBe(join(dir, 'link.ts'));
  });

  it('names the directive, the field and the line of a seed that is not UTF-8', () => {
    const dir = workspace({ 'd.json': JSON.stringify({ ...good, seed: 's.ts' }), 'train.jsonl': cases, 'test.jsonl': cases });
    writeFileSync(join(dir, 's.ts'), Buffer.concat([Buffer.from('// ok\nconst s = "caf'), Buffer.from([0xe9]), Buffer.from('";\n')]));
    expect(() => loadDirective(join(dir, 'd.json'))).toThrow(`${join(dir, 'd.json')}: seed: "s.ts" line 2: is not valid UTF-8 text`);
  });
});
